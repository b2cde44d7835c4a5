// The eight card ids embedders rely on: the four initiatives and the four partners, in the
// widget's order (the same contract as tests/common/contract.rs).
export const EIGHT = ['ukraine', 'ai', 'misinformation', 'cybersecurity', 'japan', 'south-korea', 'australia', 'new-zealand'];
