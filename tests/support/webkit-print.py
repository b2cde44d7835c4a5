# Prints a page to PDF with WebKitGTK's own print engine (what Epiphany and other WebKitGTK
# browsers print with), for tests/engines/print.spec.mjs: WebKitWebDriver has no Print
# command. Runs under Debian's python3 with gir1.2-webkit2-4.1, in the worker's X display.
#
# Usage: webkit-print.py URL OUT.pdf READY_JS [BEFORE_JS]
#   READY_JS  an expression polled until it is true (the widget has started, say)
#   BEFORE_JS run once after that, before printing (open a card, switch a tab)
import sys

import gi

gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

url, out, ready = sys.argv[1:4]
before = sys.argv[4] if len(sys.argv) > 4 else ''
status = {'code': 1}

window = Gtk.OffscreenWindow()
view = WebKit2.WebView()
view.set_size_request(1280, 900)
window.add(view)
window.show_all()


def finish(code, message=None):
    if message:
        print(message, file=sys.stderr)
    status['code'] = code
    Gtk.main_quit()


def print_page():
    settings = Gtk.PrintSettings()
    settings.set_printer('Print to File')
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_FILE_FORMAT, 'pdf')
    settings.set(Gtk.PRINT_SETTINGS_OUTPUT_URI, GLib.filename_to_uri(out))
    page = Gtk.PageSetup()
    page.set_paper_size(Gtk.PaperSize.new(Gtk.PAPER_NAME_A4))
    operation = WebKit2.PrintOperation.new(view)
    operation.set_print_settings(settings)
    operation.set_page_setup(page)
    operation.connect('finished', lambda *_: finish(0))
    operation.connect('failed', lambda _, error: finish(1, f'print failed: {error}'))
    operation.print_()


def evaluate(script, then):
    def done(source, result):
        try:
            value = source.evaluate_javascript_finish(result)
        except GLib.Error as error:
            finish(1, f'script failed: {error.message}')
            return
        then(value)
    view.evaluate_javascript(script, -1, None, None, None, done)


def poll():
    def answered(value):
        if not value.to_boolean():
            GLib.timeout_add(100, poll)
        elif before:
            evaluate(f'{before}; true', lambda _: GLib.timeout_add(300, print_page))
        else:
            print_page()
    evaluate(ready, answered)
    return False


def loaded(_, event):
    # Polled only once the page has loaded: before that the document is still about:blank.
    if event == WebKit2.LoadEvent.FINISHED:
        poll()


view.connect('load-changed', loaded)
view.load_uri(url)
GLib.timeout_add_seconds(30, lambda: finish(1, f'{url}: not ready after 30 s'))
Gtk.main()
sys.exit(status['code'])
