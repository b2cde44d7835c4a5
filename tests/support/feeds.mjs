// What a feed reader keeps of a post: its feed read through feedparser's sanitizer
// (tests/support/feeds.py, in the virtual environment `make setup-feeds` makes).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const PYTHON = process.env.FEEDS_PYTHON ?? join(process.env.HOME, '.cache/nato-ip4/feeds/bin/python');

/** The feed at `url`, as [{ title, content }] with each content as the sanitizer left it. */
export function readFeed(url) {
  return JSON.parse(execFileSync(PYTHON, ['tests/support/feeds.py', url], { encoding: 'utf8' }));
}

/** The hrefs in `html` (a sanitized entry), and its text with tags taken out. */
export function linksAndText(html) {
  const links = [...html.matchAll(/href="([^"]+)"/g)].map(([, href]) => href.replaceAll('&amp;', '&'));
  const text = html.replace(/<[^>]+>/g, ' ').replace(/&#x2019;|&rsquo;|&#8217;/g, '’').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
  return { links, text };
}
