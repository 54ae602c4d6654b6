"""Printing a page to PDF with a local Chromium (Debian's `chromium`), when one is installed.

Nothing is downloaded: without a local browser there is no PDF, and the caller says so."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT_S = 90


class NoBrowser(RuntimeError):
    """No local Chromium to print with."""


def find_browser(given: str | None = None) -> str | None:
    if given:
        return shutil.which(given) or (given if Path(given).is_file() else None)
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def html_to_pdf(html: str, browser: str | None = None) -> bytes:
    """The PDF of a self-contained HTML page (its stylesheet inline, nothing fetched)."""
    path = find_browser(browser)
    if path is None:
        raise NoBrowser("no local Chromium found (install Debian's `chromium` for PDF output)")
    with tempfile.TemporaryDirectory(prefix="accord-pdf-") as tmp:
        page = Path(tmp) / "page.html"
        out = Path(tmp) / "page.pdf"
        page.write_text(html, encoding="utf-8")
        # --no-sandbox: Chromium refuses to start as root otherwise (CI runs as root); the page is ours
        # and local, and every network request is sent to a closed port.
        command = [path, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                   "--no-first-run", "--no-default-browser-check", "--proxy-server=127.0.0.1:9",
                   f"--user-data-dir={tmp}/profile", "--no-pdf-header-footer", f"--print-to-pdf={out}",
                   page.as_uri()]
        done = subprocess.run(command, capture_output=True, timeout=TIMEOUT_S, check=False)
        if not out.is_file() or out.stat().st_size == 0:
            raise RuntimeError(f"Chromium printed no PDF: {done.stderr.decode(errors='replace')[-500:]}")
        return out.read_bytes()
