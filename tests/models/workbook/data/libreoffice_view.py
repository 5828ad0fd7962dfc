#!/usr/bin/python3
"""Opens workbooks in LibreOffice (hidden, through UNO) and prints what a coordinator would see of
the formatting writeWorkbook writes: frozen header rows, bold first row, wrapped text, column widths.

A manual check, not a test (README.md in this folder): it needs LibreOffice and python3-uno
(Debian: libreoffice-calc-nogui python3-uno) and /usr/bin/python3, which has the uno module.

    /usr/bin/python3 libreoffice_view.py FILE...
"""
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main(paths):
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    pipe = "panelist_view_%d" % time.time_ns()
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "-env:UserInstallation=file://" + profile,
         "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    context = None
    for _ in range(120):
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.5)
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    for path in paths:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
        if doc is None:
            print(path, "could not be opened")
            continue
        view = doc.getCurrentController()
        print(path)
        for name in doc.Sheets.ElementNames:
            sheet = doc.Sheets.getByName(name)
            view.setActiveSheet(sheet)
            widths = [sheet.Columns.getByIndex(i).Width for i in range(4)]
            print("  %s: frozen rows %d, A1 bold %s, B2 wraps %s, widths of A-D %s (1/100 mm)" % (
                name, view.SplitRow if view.hasFrozenPanes() else 0, sheet.getCellByPosition(0, 0).CharWeight > 100,
                sheet.getCellByPosition(1, 1).IsTextWrapped, widths))
        doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
    office.wait(timeout=60)


if __name__ == "__main__":
    main(sys.argv[1:])
