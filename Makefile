# NATO Indo-Pacific explainer. `make help` prints this list.
#   make serve         install what is missing, then serve a debug build on :8080 (SERVE_PORT)
#   make test          install what is missing, then run every test (what CI runs)
#   make dist          release build into dist/ for PUBLIC_URL (default ./)
#   make lint          cargo fmt --check, and clippy for the native workspace and the wasm
#   make test-native   native tests: data rules, map, options, state, finisher, changelog
#   make test-browser  the widget's component tests in headless Chromium (wasm-bindgen-test)
#   make test-build    release build for the tests and tools into target/test-dist
#   make test-e2e      end-to-end tests: Chromium, Firefox, WebKit, WordPress, Ghost, feeds, hosts
#   make reserve       re-measure the height the snippets reserve at each width
#   make bench         measure size and speed in headless Chromium (docs/performance.md)
#   make ab A=<dist> B=<dist>  which of two builds starts sooner (paired, interleaved loads)
#   make bytes         where the wasm's bytes go, by crate (twiggy)
#   make setup         install the build's tools (wasm target, trunk, wasm-bindgen, npm packages)
#   make setup-browser install Chromium, chromedriver, fonts, pdftotext and Java (Debian)
#   make setup-engines install Firefox ESR, WebKitGTK, Xvfb (Debian) and geckodriver
#   make setup-wordpress install WordPress, MariaDB, Apache and PHP (Debian)
#   make setup-ghost   install Ghost 5.130.6 from npm (yarn 1.22.22, SQLite built from source)
#   make setup-feeds   install feedparser from PyPI, in a virtual environment
#   make setup-hosts   install nginx with its brotli module (Debian)
#   make fetch         download the crates, the standard library's included
#   make clean         remove target/, dist/ and the tests' results
#   make help          this list
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
# A comma inside $(call …) arguments.
, := ,

TRUNK_VERSION := 0.21.14
# Must equal the wasm-bindgen crate version pinned in Cargo.toml.
WASM_BINDGEN_VERSION := $(shell sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROME_PATH ?= /usr/bin/chromium
# Firefox ESR and WebKitGTK for tests/engines (WebDriver): Debian's browsers and drivers,
# and geckodriver from crates.io.
GECKODRIVER_VERSION := 0.37.1
export FIREFOX ?= /usr/bin/firefox-esr
export GECKODRIVER ?= $(CARGO_BIN)/geckodriver
export WEBKITDRIVER ?= /usr/bin/WebKitWebDriver
export MINIBROWSER ?= /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
# Where `make dist` writes the release build, and where it tells the snippets to load assets
# from (exported, so that the build reads it as it is, quotes and all).
DIST ?= dist
export PUBLIC_URL ?= ./

.PHONY: help setup setup-browser setup-engines setup-wordpress setup-ghost setup-feeds setup-hosts fetch serve test test-native test-browser test-build test-e2e lint dist reserve bench ab bytes clean

help:
	@sed -n 's/^#   //p' Makefile

# ------------------------------------------------------------------- tools

setup: node_modules/.installed
	@command -v cargo >/dev/null || { echo "error: cargo not found. Install Rust (rustup) first: https://rustup.rs"; exit 1; }
	@command -v npm >/dev/null || { echo "error: npm not found. Install Node.js 20 or newer with npm."; exit 1; }
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || { echo "installing the wasm32 target"; rustup target add wasm32-unknown-unknown; }
	@rustup component list --installed | grep -q '^rust-src' \
	  || { echo "installing rust-src (the release build rebuilds the standard library)"; rustup component add rust-src; }
	@trunk --version 2>/dev/null | grep -q " $(TRUNK_VERSION)$$" \
	  || { echo "installing trunk $(TRUNK_VERSION) (several minutes)"; cargo install trunk --version $(TRUNK_VERSION) --locked; }
	@wasm-bindgen --version 2>/dev/null | grep -q " $(WASM_BINDGEN_VERSION)$$" \
	  || { echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (several minutes)"; cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); }

# wasm-opt (binaryen 132), Playwright and axe-core, pinned in package-lock.json.
node_modules/.installed: package.json package-lock.json
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-fund --no-audit
	@touch $@

# Installs the Debian packages $(1) as root, saying they are for $(2); elsewhere says what is
# missing ($(3)) and how to install it, and stops.
define install_packages
if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
  echo "installing $(2) (Debian packages)"; \
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(1) >/dev/null; \
else \
  echo "error: $(3)"; \
  echo "  On Debian or Ubuntu, as root: apt-get install $(1)"; \
  exit 1; \
fi
endef

# Chromium and chromedriver from Debian; the test tools never download a browser. The fonts
# stand in for readers whose fonts differ from this machine's (tests/fonts/*.conf); poppler's
# pdftotext reads back what Chromium prints to PDF; Java runs the Nu HTML Checker (npm's
# vnu-jar, tests/e2e/valid-html.spec.mjs).
BROWSER_PACKAGES := chromium chromium-driver fonts-liberation fonts-crosextra-carlito fonts-crosextra-caladea poppler-utils default-jre-headless
setup-browser:
	@if [ -x "$(CHROME_PATH)" ] && [ -x "$(CHROMEDRIVER)" ] && fc-list : family | grep -q Caladea && command -v pdftotext >/dev/null && command -v java >/dev/null; then exit 0; fi; \
	$(call install_packages,$(BROWSER_PACKAGES),Chromium$(,) its driver$(,) the fonts of other readers$(,) pdftotext and Java,the browser tests need Chromium and its ChromeDriver of the same version$(,) fonts$(,) pdftotext and Java. Elsewhere: install them$(,) then run make with CHROME_PATH=/path/to/chromium CHROMEDRIVER=/path/to/chromedriver)

# Firefox ESR and WebKitGTK (MiniBrowser, WebKitWebDriver) from Debian, run under Xvfb;
# geckodriver, Firefox's WebDriver, from crates.io (GitHub's releases are out of reach).
ENGINE_PACKAGES := firefox-esr webkit2gtk-driver libwebkit2gtk-4.1-0 gir1.2-webkit2-4.1 python3-gi xvfb
setup-engines:
	@if [ -x "$(FIREFOX)" ] && [ -x "$(WEBKITDRIVER)" ] && [ -x "$(MINIBROWSER)" ] && command -v Xvfb >/dev/null \
	  && /usr/bin/python3 -c 'import gi; gi.require_version("WebKit2", "4.1"); from gi.repository import WebKit2' 2>/dev/null; then :; else \
	$(call install_packages,$(ENGINE_PACKAGES),Firefox ESR$(,) WebKitGTK with its WebDriver and its print from Python$(,) and Xvfb,the Firefox and WebKit tests need Debian's firefox-esr$(,) WebKitWebDriver and MiniBrowser (webkit2gtk-driver$(,) libwebkit2gtk-4.1-0)$(,) WebKitGTK's Python bindings for its print (gir1.2-webkit2-4.1$(,) python3-gi) and Xvfb. Elsewhere: install them$(,) then run make with FIREFOX=… WEBKITDRIVER=… MINIBROWSER=…); fi
	@"$(GECKODRIVER)" --version 2>/dev/null | grep -q "^geckodriver $(GECKODRIVER_VERSION)" \
	  || { echo "installing geckodriver $(GECKODRIVER_VERSION) (a few minutes)"; cargo install geckodriver --version $(GECKODRIVER_VERSION) --locked; }

# A real WordPress for the end-to-end tests (tests/support/wordpress.mjs starts its own MariaDB
# and Apache on loopback, in a temporary folder, and stops them after the tests).
WORDPRESS_PACKAGES := wordpress mariadb-server apache2 libapache2-mod-php php-mysql php-cli
setup-wordpress:
	@if [ -f /usr/share/wordpress/wp-settings.php ] && [ -x /usr/sbin/mariadbd ] && [ -x /usr/sbin/apache2 ] \
	  && ls /usr/lib/apache2/modules/libphp8*.so >/dev/null 2>&1 && command -v php >/dev/null && php -m | grep -qx mysqli; then exit 0; fi; \
	$(call install_packages,$(WORDPRESS_PACKAGES),WordPress$(,) MariaDB$(,) Apache and PHP for the WordPress tests,the WordPress tests need Debian's WordPress with MariaDB$(,) Apache and PHP.)

# Ghost for the Ghost tests (tests/support/ghost.mjs runs it on loopback with SQLite, in a
# temporary folder, and stops it after), installed as Ghost-CLI installs it: npm's tarball,
# without its devDependencies (one comes from GitHub), its dependencies by yarn 1.22.22, and
# SQLite's driver built from source against this Node.js's own headers.
GHOST_VERSION := 5.130.6
export GHOST_DIR ?= $(HOME)/.cache/nato-ip4/ghost-$(GHOST_VERSION)
NODE_PREFIX = $(shell node -p 'require("path").dirname(require("path").dirname(process.execPath))')
setup-ghost:
	@if [ -f "$(GHOST_DIR)/.installed" ]; then exit 0; fi; \
	echo "installing Ghost $(GHOST_VERSION) into $(GHOST_DIR) (two to three minutes)"; \
	rm -rf "$(GHOST_DIR)"; mkdir -p "$(GHOST_DIR)"; tmp=$$(mktemp -d); \
	(cd "$$tmp" && npm pack --silent ghost@$(GHOST_VERSION) >/dev/null) \
	  && tar -xzf "$$tmp/ghost-$(GHOST_VERSION).tgz" -C "$(GHOST_DIR)" --strip-components=1; \
	status=$$?; rm -rf "$$tmp"; [ $$status = 0 ]; \
	node -e 'const f = process.argv[1], p = require(f); delete p.devDependencies; require("fs").writeFileSync(f, JSON.stringify(p, null, 2));' "$(GHOST_DIR)/package.json"; \
	cd "$(GHOST_DIR)" && npm_config_nodedir="$(NODE_PREFIX)" npx --yes yarn@1.22.22 install --production --ignore-engines --non-interactive --silent; \
	touch "$(GHOST_DIR)/.installed"

# feedparser (PyPI), a maintained feed reader's sanitizer, for the feed tests: what readers of
# a WordPress or Ghost feed keep of each embed. In a virtual environment of its own.
FEEDPARSER_VERSION := 6.0.14
FEEDS_VENV ?= $(HOME)/.cache/nato-ip4/feeds
export FEEDS_PYTHON := $(FEEDS_VENV)/bin/python
setup-feeds:
	@if "$(FEEDS_PYTHON)" -c 'import sys, feedparser; sys.exit(feedparser.__version__ != "$(FEEDPARSER_VERSION)")' 2>/dev/null; then exit 0; fi; \
	echo "installing feedparser $(FEEDPARSER_VERSION) (PyPI) into $(FEEDS_VENV)"; \
	python3 -m venv "$(FEEDS_VENV)" && "$(FEEDS_PYTHON)" -m pip install --quiet --disable-pip-version-check feedparser==$(FEEDPARSER_VERSION)

# nginx for the static-host tests (tests/support/static-host.mjs), which run it as a process of
# their own. Installed without starting Debian's nginx service, which would take port 80 (or
# fail to start, and the install with it, beside a web server that has it).
HOST_PACKAGES := nginx libnginx-mod-http-brotli-static
setup-hosts:
	@if [ -x /usr/sbin/nginx ] && [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then exit 0; fi; \
	policy=; if [ "$$(id -u)" = 0 ] && [ ! -e /usr/sbin/policy-rc.d ]; then \
	  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && policy=1; fi; \
	( $(call install_packages,$(HOST_PACKAGES),nginx for the static-host tests,the static-host tests need Debian's nginx with its brotli_static module.) ); \
	status=$$?; [ -z "$$policy" ] || rm -f /usr/sbin/policy-rc.d; exit $$status

# The crates of the standard library too, for the release build (trunk runs cargo offline).
fetch:
	cargo fetch --locked --quiet
	$(RELEASE_ENV) cargo fetch --locked --quiet --target wasm32-unknown-unknown

# ------------------------------------------------------------------ develop

# A debug build, into target/trunk (Trunk.toml): never where `make dist` writes the release
# build.
SERVE_PORT ?= 8080
serve: setup fetch
	trunk serve --port $(SERVE_PORT)

# -------------------------------------------------------------------- test

test: setup setup-browser setup-engines setup-wordpress setup-ghost setup-feeds setup-hosts fetch lint test-native test-browser test-e2e

lint: setup fetch
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

test-native: fetch
	cargo test --workspace --locked

# wasm-bindgen's test runner starts Chromium as webdriver.json says (which plain `cargo test
# --target wasm32-unknown-unknown` reads); here with CHROME_PATH's Chromium.
test-browser: setup setup-browser fetch
	@mkdir -p target
	sed 's#"/usr/bin/chromium"#"$(CHROME_PATH)"#' webdriver.json > target/webdriver.json
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=target/webdriver.json cargo test --locked --target wasm32-unknown-unknown

# The end-to-end tests and the tools (bench, reserve, bytes, screenshots) serve a release
# build of their own at this address (tests/support/server.mjs), from a folder of their own:
# dist/ keeps whatever `make dist` put there. Built for that address, the snippets and
# oembed.json carry absolute URLs, as a newsroom's would.
TEST_PUBLIC_URL := http://127.0.0.1:4173/news/2024/ip4/
export TEST_DIST := target/test-dist
test-build: setup fetch
	$(MAKE) --no-print-directory dist PUBLIC_URL=$(TEST_PUBLIC_URL) DIST=$(TEST_DIST)

test-e2e: setup setup-browser setup-engines setup-wordpress setup-ghost setup-feeds setup-hosts fetch test-build
	npx playwright test

# -------------------------------------------------------------------- build

# The release wasm is built with Rust's standard library rebuilt for size, so that a panic is
# a bare trap with no formatting code behind it (docs/performance.md has what it saves).
# These flags are unstable: RUSTC_BOOTSTRAP=1 lets the one compiler rust-toolchain.toml pins,
# which builds and tests everything else, accept them (with its rust-src component). The
# Trunk.toml hooks unset the std flags for the native finisher.
RELEASE_ENV := RUSTC_BOOTSTRAP=1 \
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS='-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none'

# trunk's post-build hook (Trunk.toml) prerenders the pages and writes the snippets.
dist: setup fetch
	$(RELEASE_ENV) trunk build --release --dist $(DIST)

# Re-measures the widget's height at every width into crates/finish/reserve.toml, from which
# every build writes the heights the embeds reserve. Run after changing the article data or
# the widget's CSS; a test fails when it is stale. (One build: the measured widget does not
# depend on the table; the next build reserves the new heights.)
reserve: setup setup-browser fetch test-build
	node tools/reserve.mjs

bench: setup setup-browser fetch test-build
	node tools/bench/run.mjs

# Two builds' start-up side by side (tools/bench/ab.mjs): build each with `make dist` and
# copy dist/ away. AB_PAGE=element for the element, AB_RATE and AB_LOADS as wished.
ab: setup setup-browser
	node tools/bench/ab.mjs

bytes: setup fetch test-build
	@command -v twiggy >/dev/null || { echo "installing twiggy (a few minutes)"; cargo install twiggy --locked; }
	node tools/bench/bytes.mjs

clean:
	cargo clean
	rm -rf dist test-results playwright-report
