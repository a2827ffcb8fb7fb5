#!/usr/bin/env python3
"""Writes the small files of the hostile-input corpus (corpus.tsv lists what each must give).
Run from this folder: python3 make-corpus.py. Large hostile inputs (deep nesting, a million
elements, a long line) are made by the tests themselves."""
import json

def w(name, data):
    open(name, 'wb').write(data if isinstance(data, bytes) else data.encode('utf-8'))

base = json.load(open('../../../../Alignments/samples/ntrex-doc010.alignment.json'))
def copy(): return json.loads(json.dumps(base))
def save(name, d): w(name, json.dumps(d, indent=1, ensure_ascii=False))

d = copy(); d['beads'][0]['source'] = [9223372036854775806, 9223372036854775807]; save('bead-index-overflow.json', d)
d = copy(); d['beads'][0]['confidence'] = 1e308; save('confidence-huge.json', d)
d = copy(); d['beads'][0]['confidence'] = -5; save('confidence-negative.json', d)
d = copy(); d['beads'][0]['role'] = 'weird'; save('role-unknown.json', d)
d = copy(); d['source']['language'] = '../../etc/x'; save('language-path.json', d)
d = copy(); d['beads'][0]['source'] = d['beads'][1]['source']; save('sentence-twice.json', d)
d = copy(); d['score'] = 7; save('score-out-of-range.json', d)
d = copy(); d['source']['positions'][0] = [0, 1]; save('position-zero.json', d)
w('truncated.json', json.dumps(base)[:500])
w('deep.json', '[' * 100000 + ']' * 100000)
w('not-json.json', 'not json at all\n')
d = copy()
c = [b for b in d['beads'] if b['role'] == 'content' and b['source'] and b['target']]
a, b = c[0], c[1]
a['locked'] = True; b['locked'] = True
a['target'], b['target'] = b['target'], a['target']
a['targetText'], b['targetText'] = b['targetText'], a['targetText']
save('locked-crossing.json', d)
# A saved alignment of other texts where `review` would save: never replaced (review-pivot.json is
# a copy of Alignments/samples/ntrex-doc010.pivot.json, three texts: never replaced either).
d = copy(); d['source']['path'] = 'elsewhere/article.es.docx'; d['target']['path'] = 'elsewhere/article.id.html'; save('review-other-pair.json', d)
for name, value in [('nan', 'nan'), ('inf', 'inf'), ('negative', '-1'), ('huge', '1e308')]:
    w(f'lexicon-{name}.lexicon', f'# sejajar lexicon\ncasa\trumah\t{value}\t0.5\n')
w('parameters-array.json', '[1, 2, 3]\n')
w('parameters-unknown.json', '{"skipCost": 3.0, "warpDrive": 9}\n')
w('parameters-block-zero.json', '{"blockSize": 0}\n')
w('parameters-negative-margin.json', '{"bandMargin": -4}\n')
w('parameters-negative-limit.json', '{"fullSearchLimit": -1}\n')
w('parameters-string.json', '{"skipCost": "high"}\n')
w('utf16-no-bom.txt', 'Hola mundo. Adiós.\n'.encode('utf-16-le'))
w('utf32-no-bom.txt', 'Hola mundo. Adiós.\n'.encode('utf-32-le'))
w('nul.txt', b'Hola\x00mundo.\n')
w('escape.txt', b'Hola \x1b[31mmundo\x1b[0m.\n')
w('c1-control.txt', 'Hola mundo\u0092s.\n'.encode('utf-8'))
w('invalid-utf8.txt', b'Hola \xff mundo.\n')
w('empty.txt', b'')
w('only-space.txt', b'  \n\n \t\n')
tmx_head = ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" '
            'segtype="sentence" o-tmf="x" adminlang="en" srclang="es" datatype="plaintext"/>\n<body>\n')
w('entity-undeclared.tmx', tmx_head + '<tu><tuv xml:lang="es"><seg>La &co; crece.</seg></tuv><tuv xml:lang="id"><seg>Ok.</seg></tuv></tu>\n</body></tmx>\n')
w('truncated.tmx', (tmx_head + '<tu><tuv xml:lang="es"><seg>La casa crece.</seg></tuv><tuv xml:lang="id"><seg>Rumah tumbuh.</seg></tuv></tu>\n</body></tmx>\n')[:260])
w('not-xml.tmx', 'Hola mundo.\n')
w('wrong-root.tmx', '<?xml version="1.0"?><html><body/></html>\n')
w('empty.tmx', b'')
w('xxe.tmx', '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<tmx version="1.4"><header srclang="es"/><body><tu><tuv xml:lang="es"><seg>&x;</seg></tuv></tu></body></tmx>\n')
laughs = '<!ENTITY a "aaaaaaaaaa">' + ''.join(f'<!ENTITY {n} "{("&" + p + ";") * 10}">' for p, n in zip('abcdefg', 'bcdefgh'))
w('billion-laughs.tmx', f'<?xml version="1.0"?>\n<!DOCTYPE tmx [{laughs}]>\n<tmx version="1.4"><header srclang="es"/><body><tu><tuv xml:lang="es"><seg>&h;</seg></tuv></tu></body></tmx>\n')
tbx_head = ('<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">'
            '<tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader><text><body>\n')
w('entity-undeclared.tbx', tbx_head + '<conceptEntry id="c1"><descrip type="subjectField">Party bodies</descrip><langSec xml:lang="es"><termSec><term>comité &del; Partido</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec></conceptEntry>\n</body></text></tbx>\n')
w('truncated.tbx', (tbx_head + '<conceptEntry id="c1"><descrip type="subjectField">Party bodies</descrip>')[:300])
w('status-unknown.tbx', tbx_head + '<conceptEntry id="c1"><descrip type="subjectField">Party bodies</descrip><langSec xml:lang="es"><termSec><term>comité</term><termNote type="administrativeStatus">bestTerm-admn-sts</termNote></termSec></langSec></conceptEntry>\n</body></text></tbx>\n')
w('ladder-bad.ladder', '[0]:[0]\n[1]-[1]\n')
w('ladder-nan.ladder', '[0]:[0]:nan\n')
w('ladder-huge-index.ladder', '[99999999999999999999]:[0]\n')
w('pairs-no-tab.tsv', 'a.es b.id\n')
w('pairs-empty.tsv', '# nothing\n')
w('table-unterminated.csv', 'concept,lang,term,status\nc1,es,"comité,preferred\n')
w('table-missing-column.csv', 'concept,lang,term\nc1,es,comité\n')

# Word-processor and web files (issue 16): ZIP containers read through ZIPFoundation, HTML through
# libxml2's HTML parser.
import io, zipfile
def docx(name, parts, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w', compression) as z:
        for part, data in parts.items():
            z.writestr(part, data)
    w(name, buffer.getvalue())
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
types = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
good = f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>Hola mundo.</w:t></w:r></w:p></w:body></w:document>'
w('corrupt.docx', b'PK\x03\x04' + bytes(range(256)) * 4)
w('not-zip.docx', 'Hola mundo, esto no es un documento de Word.\n')
docx('no-document.docx', {'[Content_Types].xml': types, 'word/styles.xml': '<w:styles/>'})
w('encrypted.docx', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 1024)
docx('xxe.docx', {'[Content_Types].xml': types, 'word/document.xml':
     f'<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<w:document {W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>'})
docx('bomb.docx', {'[Content_Types].xml': types, 'word/document.xml': good[:-len('</w:body></w:document>')] + ' ' * (64 << 20) + '</w:body></w:document>'})
docx('bomb.odt', {'mimetype': 'application/vnd.oasis.opendocument.text', 'content.xml': ' ' * (64 << 20)})
docx('no-content.odt', {'mimetype': 'application/vnd.oasis.opendocument.text', 'styles.xml': '<x/>'})
w('html-named-txt.txt', '<!DOCTYPE html>\n<html><body><p>Hola mundo.</p></body></html>\n')
w('empty-page.html', '<!DOCTYPE html>\n<html><head><title>Nada</title><script>var a = 1;</script></head><body><nav></nav></body></html>\n')
w('nested.html', '<!DOCTYPE html>\n<html><body>' + '<div>' * 100000 + 'Hola.' + '</div>' * 100000 + '</body></html>\n')
# XLIFF (a bilingual file is an alignment: check and export read it).
w('xliff-no-version.xlf', '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="es"><file id="f"/></xliff>\n')
w('xliff-xxe.xlf', '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="es" trgLang="id"><file id="f"><unit id="u"><segment><source>&x;</source><target>a</target></segment></unit></file></xliff>\n')
w('xliff-source-only.xlf', '<?xml version="1.0"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="es"><file id="f"><unit id="u"><segment><source>Hola.</source></segment></unit></file></xliff>\n')
# Formatting kept as inline codes: a code past its sentence's end.
d = copy(); d['source']['codes'] = [{"sentence": 0, "kind": "bold", "start": 5, "end": 100000}]; save('code-out-of-range.json', d)
# More for the readers of issue 16: cut off, nested, in an encoding they do not declare.
w('truncated.docx', open('../../../SejajarKitTests/Fixtures/documents/article.es.docx', 'rb').read()[:3000])
w('truncated.odt', open('../../../SejajarKitTests/Fixtures/documents/article.es.odt', 'rb').read()[:3000])
w('truncated.xlf', open('../../../SejajarKitTests/Fixtures/golden/doc010-2.0.xlf', encoding='utf-8').read()[:900])
w('deep.xlf', '<?xml version="1.0"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="es" trgLang="id"><file id="f"><unit id="u"><segment><source>'
  + '<pc id="1">' * 5000 + 'Hola' + '</pc>' * 5000 + '</source><target>a</target></segment></unit></file></xliff>\n')
w('latin1-as-utf8.xlf', '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="es" trgLang="id"><file id="f"><unit id="u"><segment><source>Canci\xf3n</source><target>Lagu</target></segment></unit></file></xliff>\n'.encode('latin-1'))
# Issue 30: flat ODT and Markdown. An XML file that is not OpenDocument, a flat ODF spreadsheet,
# a flat ODT cut off, one reaching for an external entity; Markdown nested past the limit, not
# UTF-8, holding only code, or HTML under a .md name.
w('not-odf.fodt', '<?xml version="1.0" encoding="UTF-8"?>\n<root><p>Hola mundo.</p></root>\n')
ODF = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
w('spreadsheet.fodt', f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {ODF} office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
  ' <office:body><office:spreadsheet><text:p>Hola mundo.</text:p></office:spreadsheet></office:body>\n</office:document>\n')
w('truncated.fodt', open('../../../SejajarKitTests/Fixtures/documents/article.es.fodt', 'rb').read()[:900])
w('entity.fodt', f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE office:document [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>\n'
  f'<office:document {ODF} office:mimetype="application/vnd.oasis.opendocument.text">\n'
  ' <office:body><office:text><text:p>Hola &x; mundo.</text:p></office:text></office:body>\n</office:document>\n')
w('deep.md', '> ' * 300 + 'Hola mundo.\n')
w('invalid-utf8.md', b'# T\xc3tulo\n\nHola mundo.\n')
w('code-only.md', '```\nprint("Hola mundo.")\n```\n\n<div>raw</div>\n')
w('html-named-md.md', '<!DOCTYPE html>\n<html><body><p>Hola mundo.</p></body></html>\n')
