// The eight card ids embedders rely on: the four initiatives and the four partners, in the
// widget's order: the contract of tests/common/contract.rs, which tests/data_rules.rs checks
// this list against.
export const EIGHT = ['ukraine', 'ai', 'misinformation', 'cybersecurity', 'japan', 'south-korea', 'australia', 'new-zealand'];
