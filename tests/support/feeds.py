"""Reads a feed as a feed reader does, with feedparser (PyPI): prints each entry's title and
its content as feedparser's sanitizer leaves it, as JSON. Usage: read.py FEED_URL"""

import json
import sys

import feedparser


def main(url):
    feed = feedparser.parse(url)
    if feed.bozo and not feed.entries:
        sys.exit(f"{url}: not a feed ({feed.bozo_exception})")
    entries = [
        {
            "title": entry.get("title", ""),
            "content": " ".join(part.value for part in entry.get("content", []))
            or entry.get("summary", ""),
        }
        for entry in feed.entries
    ]
    json.dump(entries, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
