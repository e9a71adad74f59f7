#!/usr/bin/env python3
"""Write a small hand-made REFI-QDA project: make_sample_qdpx.py OUT.qdpx [variant]
variant: plain (default) | bom | crlf | emoji"""
import sys
import zipfile
from xml.sax.saxutils import escape

NS = "urn:QDA-XML:project:1.0"
U = "A1B2C3D4-0000-4000-8000-000000000001"      # user
CAT = "C0000000-0000-4000-8000-000000000001"
C1 = "C0000000-0000-4000-8000-000000000002"
C2 = "C0000000-0000-4000-8000-000000000003"
SRC = "5A000000-0000-4000-8000-000000000001"     # TextSource guid (= its .txt name)
SEL1 = "5E000000-0000-4000-8000-000000000001"
SEL2 = "5E000000-0000-4000-8000-000000000002"
N1 = "40000000-0000-4000-8000-000000000001"      # annotation note
N1SEL = "40000000-0000-4000-8000-0000000000A1"
N2 = "40000000-0000-4000-8000-000000000002"      # journal note (GUID2.txt)
DT = "2026-01-02T03:04:05Z"


def build(variant="plain"):
    body = ("Hello world. This is a REFI test.\n"
            "Second line with caf\u00e9 and more text.\n")
    if variant == "emoji":
        body = "\U0001F600 Hello world. This is a REFI test.\nSecond line with caf\u00e9 and more text.\n"
    # positions are code-point offsets into the text as written (without BOM, LF = 1 char)
    def span(s):
        i = body.index(s)
        return i, i + len(s)
    s1 = span("Hello world")
    s2 = span("REFI test")
    a1 = span("Second line")
    raw = body
    if variant == "crlf":
        raw = body.replace("\n", "\r\n")
    txt = raw.encode("utf-8")
    if variant == "bom":
        txt = b"\xef\xbb\xbf" + txt
    journal = "Journal entry text.\nLine two of the journal.\n".encode("utf-8")

    xml = f'''<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="{NS}" name="Hand made" origin="qc-harness hand-made" creatingUserGUID="{U}" creationDateTime="{DT}">
  <Users>
    <User guid="{U}" name="alice"/>
  </Users>
  <CodeBook>
    <Codes>
      <Code guid="{CAT}" name="Category A" isCodable="false">
        <Description>Category memo</Description>
        <Code guid="{C1}" name="Code one" isCodable="true" color="#FF0000">
          <Description>Code one memo</Description>
        </Code>
        <Code guid="{C2}" name="Code two" isCodable="true" color="#00AA00">
          <Description>Code two memo</Description>
        </Code>
      </Code>
    </Codes>
  </CodeBook>
  <Sources>
    <TextSource guid="{SRC}" name="Interview 1" plainTextPath="internal://{SRC}.txt" creatingUser="{U}" creationDateTime="{DT}">
      <Description>Source memo</Description>
      <PlainTextSelection guid="{SEL1}" name="sel1" startPosition="{s1[0]}" endPosition="{s1[1]}" creatingUser="{U}" creationDateTime="{DT}">
        <Description>Coding memo one</Description>
        <Coding guid="{SEL1[:-1]}F" creatingUser="{U}" creationDateTime="{DT}">
          <CodeRef targetGUID="{C1}"/>
        </Coding>
      </PlainTextSelection>
      <PlainTextSelection guid="{SEL2}" name="sel2" startPosition="{s2[0]}" endPosition="{s2[1]}" creatingUser="{U}" creationDateTime="{DT}">
        <Description>Coding memo two</Description>
        <Coding guid="{SEL2[:-1]}F" creatingUser="{U}" creationDateTime="{DT}">
          <CodeRef targetGUID="{C2}"/>
        </Coding>
      </PlainTextSelection>
      <NoteRef targetGUID="{N1}"/>
    </TextSource>
  </Sources>
  <Notes>
    <Note guid="{N1}" name="Annotation note" creatingUser="{U}" creationDateTime="{DT}">
      <PlainTextContent>Annotation text for Second line</PlainTextContent>
      <PlainTextSelection guid="{N1SEL}" startPosition="{a1[0]}" endPosition="{a1[1]}"/>
    </Note>
    <Note guid="{N2}" name="Journal one" plainTextPath="internal://{N2}.txt" creatingUser="{U}" creationDateTime="{DT}"/>
  </Notes>
  <Description>Project level description memo</Description>
</Project>
'''
    return xml, txt, journal


def main():
    out = sys.argv[1]
    variant = sys.argv[2] if len(sys.argv) > 2 else "plain"
    xml, txt, journal = build(variant)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.qde", xml.encode("utf-8"))
        z.writestr(f"sources/{SRC}.txt", txt)
        z.writestr(f"sources/{N2}.txt", journal)


if __name__ == "__main__":
    main()
