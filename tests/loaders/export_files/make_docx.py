#!/usr/bin/env python3
"""Writes the .docx test files (run once; the files are committed): nexis_uni.docx holds the
articles of nexis_uni.txt as a Word document the way Nexis Uni exports them (one paragraph a
line, a paragraph's text split over runs, quotation marks as XML references); not_a_zip.docx is
text; no_document.docx is a zip without word/document.xml."""
import os, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')


def paragraph(line):
    if not line.strip():
        return "<w:p/>"
    text = escape(line).replace('"', "&quot;")
    # split long paragraphs over two runs, as Word does at a formatting change
    cut = len(text) // 2
    while cut < len(text) and text[cut] != " ":
        cut += 1
    runs = [text[:cut], text[cut:]] if len(text) > 60 else [text]
    return "<w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr>" + "".join(
        f'<w:r><w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr><w:t xml:space="preserve">{r}</w:t></w:r>' for r in runs) + "</w:p>"


def write(name, parts):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts:
            info = zipfile.ZipInfo(part, date_time=(2015, 3, 10, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


lines = open(os.path.join(HERE, "nexis_uni.txt"), encoding="utf-8").read().split("\n")
body = "".join(paragraph(l) for l in lines)
document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}<w:sectPr/></w:body></w:document>")
write("nexis_uni.docx", [("[Content_Types].xml", CONTENT_TYPES), ("word/document.xml", document)])
write("no_document.docx", [("[Content_Types].xml", CONTENT_TYPES), ("word/styles.xml", "<w:styles/>")])
with open(os.path.join(HERE, "not_a_zip.docx"), "w") as f:
    f.write("This file was renamed .docx but it is plain text.\n")
