"""WeasyPrint warm: one Python process that renders HTML files to PDF as it is asked, so that WeasyPrint is
timed without its start-up, in the same rounds as the other renderers. Reads lines "<html>\\t<pdf>" on
standard input; for each, writes the PDF and answers a line with the milliseconds it took. Its warnings are
not logged (a service would not log them for every PDF).

    python3 weasyprint-warm.py
"""

import logging
import sys
import time

from weasyprint import HTML

logging.getLogger("weasyprint").setLevel(logging.ERROR)
for line in sys.stdin:
    html, pdf = line.rstrip("\n").split("\t")
    started = time.perf_counter()
    HTML(filename=html).write_pdf(pdf)
    print(f"{(time.perf_counter() - started) * 1000:.1f}", flush=True)
