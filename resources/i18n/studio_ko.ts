<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../studio/qt/output/booklet_preview.py" line="+107"/>
        <source>BookletPreview</source>
        <comment>inside cover</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BookletPreview</source>
        <comment>blank</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BookletPreview</source>
        <comment>end page</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../studio/qt/app.py" line="+63"/>
        <source>Could not make a new book</source>
        <translation>새 책을 만들 수 없어요</translation>
    </message>
</context>
<context>
    <name>BookSettingsDialog</name>
    <message>
        <location filename="../../studio/qt/storyboard/book_settings.py" line="+36"/>
        <source>Book Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>0.125 in (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All four sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print-on-demand interior (outside edge only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None chosen (export as made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Export dialog starts with this printer: the pages take its size and bleed when exported, and the file is checked against its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trim size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bleed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bleed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside margin (extra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing the size lays every page out again; no picture or word is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A few sentences for the back cover; they add a back-cover page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back cover words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{mm:.1f} mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookUndo</name>
    <message>
        <location filename="../../studio/qt/undo.py" line="+85"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo {step}</source>
        <translation>다시 실행(&amp;R): {step}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo {step}</source>
        <translation>실행 취소(&amp;U): {step}</translation>
    </message>
</context>
<context>
    <name>BookletPreview</name>
    <message>
        <location filename="../../studio/qt/output/booklet_preview.py" line="-61"/>
        <source>Booklet sheets, in printing order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Booklet preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet {n}, {face}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bubble</name>
    <message>
        <location filename="../../studio/qt/chat_bubbles.py" line="+195"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draw again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw this prompt again (edit it first if you like); the arrow picks its shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{n}. {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dedication: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back cover: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make these pages in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pages are in the book (Edit ▸ Undo takes them back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CastPane</name>
    <message>
        <location filename="../../studio/qt/cast_pane.py" line="+48"/>
        <source>other names, comma separated (e.g. 래리)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What they look like: species, colours, clothes, features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add selected picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+116"/>
        <source>New character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Remove character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name a character in the chat (&quot;her name is Larry&quot;) or make one here. Every picture that mentions a character uses this description and these pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New character {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add a reference picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove a reference picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <location filename="../../studio/qt/chat_pane.py" line="+106"/>
        <source>Add API key…</source>
        <translation type="unfinished">API 키 추가…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show earlier messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a picture or a story… (Enter sends, Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Picture style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Picture shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Auto (square unless you ask for a shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the message (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop</source>
        <translation type="unfinished">멈추기</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Chat&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Offline mode ({reason}): pictures are placeholder sketches and stories are drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chosen in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This book is read-only ({why}). File ▸ Save As… makes a copy you can work on.</source>
        <translation type="unfinished">이 책은 읽기 전용이에요({why}). 파일 ▸ 다른 이름으로 저장…으로 작업할 수 있는 사본을 만들 수 있어요.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Picture shape: {shape} ({size} with {model}). It wins over a shape asked for in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture shape: square unless you ask for another (&quot;make it landscape&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Style: auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The assistant chooses, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} (from your library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage Styles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adding a style to the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{name}” is now one of this book&apos;s styles (Edit ▸ Undo takes it out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+141"/>
        <source>That picture is already being made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Showing a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Sending the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drawing again</source>
        <translation type="unfinished">다시 그리기</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{n} pictures — the cost is unknown: this model has no price in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} pictures, about {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} joined the cast.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../studio/qt/compare_view.py" line="+89"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+101"/>
        <source>Star (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Add to Board… (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>← → choose a picture · F star · B board · M more like these · wheel or + − zoom all · drag to pan all · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Showing a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(this picture is gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>More Like the {n} Starred (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More Like This One (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unstar (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New Board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactSheetDialog</name>
    <message>
        <location filename="../../studio/qt/output/contact_sheet_dialog.py" line="+69"/>
        <source>Contact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The book&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures by number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 1, 5, 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Landscape</source>
        <translation type="unfinished">가로</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. For Acme Books, round 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG, one per sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panels a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first sheets, as they print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“{text}” is not a list of picture numbers such as 1, 5, 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no boards yet: put pictures on a board in the gallery first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Contact sheet preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sheet {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{panels} on {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export contact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>contact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting a contact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomSizeDialog</name>
    <message>
        <location filename="../../studio/qt/shape_menu.py" line="+99"/>
        <source>Custom Picture Size</source>
        <translation>그림 크기 직접 정하기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Height</source>
        <translation>높이</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pictures from {model}:</source>
        <translation>{model}의 그림:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{model} takes this size.</source>
        <translation>{model}에서 이 크기를 쓸 수 있어요.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../studio/qt/gallery/details.py" line="+78"/>
        <location line="+106"/>
        <source>Click a picture to see it large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Selected picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Draw Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same prompt, style, size and quality, drawn again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More Like This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Large…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+78"/>
        <source>Compare Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-75"/>
        <source>More Like These…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new round of pictures drawn from all of these, on a board of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&lt;b&gt;{n} pictures selected&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare {n} Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare shows up to {most} at once: Ctrl-click to leave some out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../studio/qt/output/export_dialog.py" line="+62"/>
        <source>Export the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the interior pages, trim plus bleed, for a print service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back, spine and front on one sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one page per sheet on A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fold and staple: two pages a side, double-sided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture file of every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fit to the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop marks (outside the bleed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>As the book is made (no printer chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the file for the printer (preflight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interior paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before you print:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nothing to worry about: every picture is at least 300 DPI and all the words are inside the safe area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder for the page images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>home print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booklet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+78"/>
        <location line="+8"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking {name} for {target}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checked for {target}: {n} problem{s} it would refuse the file for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked for {target}: it would take the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>When the pictures are ready, press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Filmstrip</name>
    <message>
        <location filename="../../studio/qt/storyboard/page_strip.py" line="+164"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../studio/qt/gallery/filter_bar.py" line="+35"/>
        <source>Search prompts, names, tags, files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Past 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>All pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trash ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <location filename="../../studio/qt/output/findings_list.py" line="+39"/>
        <source>✓ Ready for {target}: every rule passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Blocking: {target} would refuse the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: it would print, not as it should.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FramePanel</name>
    <message>
        <location filename="../../studio/qt/storyboard/frame_panel.py" line="+57"/>
        <source>Click a frame on the page to change it.

Drag to move, drag the corner to resize, arrow keys nudge. Alt+drag moves a picture inside its frame; Ctrl+wheel zooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fill (crop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit (whole picture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Zoom picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Variants of this picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the picture out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variants (click to swap):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+20"/>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band behind text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A translucent white band behind the words, for text over a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text backing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Frame&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Picture frame&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Text frame&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+2"/>
        <source>Text colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <location filename="../../studio/qt/gallery/model.py" line="+287"/>
        <source>Imported picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GalleryPane</name>
    <message>
        <location filename="../../studio/qt/gallery/pane.py" line="+164"/>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Thumbnail size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;Gallery&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+228"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{n} in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Showing a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>New Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name of the new board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+5"/>
        <source>Rename Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Empty the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the picture in the trash for good? This cannot be undone; a page that shows it will have an empty frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {n} pictures for good? This cannot be undone; pages that show one will have an empty frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Compare Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More Like These…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More Like This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Character from Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take Off This Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JPEG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename Board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty the Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Pictures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a folder of pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pasted picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is no picture on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Wait for the current import to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking for pictures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imported {n} pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported 1 picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rest were not imported (cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} could not be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export pictures to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported {n} to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneratorBox</name>
    <message>
        <location filename="../../studio/qt/local_pictures_settings.py" line="+55"/>
        <source>Using the address from the {var} environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first the server has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the server which checkpoints it has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How closely the picture follows the words (CFG scale); 7 suits most models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not list the checkpoints: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} checkpoints found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has no checkpoint: put a Stable Diffusion model in its checkpoints folder, then Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../studio/qt/help.py" line="+31"/>
        <source>Welcome to {app}</source>
        <translation>{app}에 오신 것을 환영해요</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a picture book with your child: ask for pictures, keep the ones you love, give the characters names, and print the book, or stickers of its characters.</source>
        <translation>아이와 함께 그림책을 만들어 보세요. 그림을 부탁하고, 마음에 드는 그림을 남기고, 캐릭터에 이름을 붙인 다음, 책을 인쇄하거나 캐릭터 스티커를 인쇄할 수 있어요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. Ask</source>
        <translation>1. 부탁하기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the &lt;b&gt;Create&lt;/b&gt; workspace (Ctrl+1), type what you would like to see, in your own words: &lt;i&gt;&quot;a hedgehog who loves sunflowers, in soft watercolours&quot;&lt;/i&gt;. The assistant writes a few ideas and draws them; they appear in the chat and in the gallery. Ask for a story the same way: &lt;i&gt;&quot;tell a bedtime story about Larry the hedgehog in six pages&quot;&lt;/i&gt;.</source>
        <translation>&lt;b&gt;만들기&lt;/b&gt; 작업 공간(Ctrl+1)에서 보고 싶은 것을 편하게 적어 보세요: &lt;i&gt;&quot;해바라기를 좋아하는 고슴도치, 부드러운 수채화로&quot;&lt;/i&gt;. 도우미가 아이디어를 몇 가지 쓰고 그림으로 그려요. 그림은 대화와 갤러리에 나타나요. 이야기도 같은 방법으로 부탁해요: &lt;i&gt;&quot;고슴도치 래리의 잠자리 이야기를 여섯 페이지로 들려줘&quot;&lt;/i&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Pick</source>
        <translation>2. 고르기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click a picture to see it large, with the words that made it. &lt;b&gt;More Like This&lt;/b&gt; draws variations of it; &lt;b&gt;Draw Again&lt;/b&gt; tries the same idea again. Star your favourites (Ctrl+Shift+F).</source>
        <translation>그림을 누르면 크게 보여요. 그 그림을 만든 말도 함께 보여요. &lt;b&gt;이것과 비슷하게&lt;/b&gt;는 그 그림의 변형을 그리고, &lt;b&gt;다시 그리기&lt;/b&gt;는 같은 아이디어로 한 번 더 그려요. 마음에 드는 그림에는 별표를 주세요(Ctrl+Shift+F).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Name</source>
        <translation>3. 이름 붙이기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say it in the chat (&lt;i&gt;&quot;the hedgehog&apos;s name is Larry&quot;&lt;/i&gt;) or use &lt;b&gt;New Character from Picture&lt;/b&gt; (Ctrl+Shift+C). The Cast keeps how each character looks, so every later picture of Larry looks like Larry.</source>
        <translation>대화에서 말하거나(&lt;i&gt;&quot;고슴도치 이름은 래리야&quot;&lt;/i&gt;) &lt;b&gt;그림으로 새 캐릭터 만들기&lt;/b&gt;(Ctrl+Shift+C)를 쓰세요. 등장인물이 캐릭터마다 생김새를 기억해서, 나중에 그리는 래리도 늘 래리처럼 보여요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Stickers</source>
        <translation>4. 스티커</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File ▸ Export ▸ &lt;b&gt;Stickers…&lt;/b&gt; (Ctrl+Shift+E) cuts the characters out and lays them on a sheet, with cut lines for a cutting machine or scissors.</source>
        <translation>파일 ▸ 내보내기 ▸ &lt;b&gt;스티커…&lt;/b&gt;(Ctrl+Shift+E)는 캐릭터를 오려 내어 시트에 늘어놓고, 커팅 기계나 가위로 자를 수 있게 칼선을 넣어요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5. Story and book</source>
        <translation>5. 이야기와 책</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Under a story in the chat, &lt;b&gt;Make pages&lt;/b&gt; puts its words on the book&apos;s pages and opens the &lt;b&gt;Book&lt;/b&gt; workspace (Ctrl+2). Drag pictures from the gallery onto a page, or select one and press Ctrl+P.</source>
        <translation>대화 속 이야기 아래의 &lt;b&gt;페이지 만들기&lt;/b&gt;를 누르면 이야기의 글이 책의 페이지에 들어가고 &lt;b&gt;책&lt;/b&gt; 작업 공간(Ctrl+2)이 열려요. 갤러리의 그림을 페이지로 끌어다 놓거나, 그림을 고르고 Ctrl+P를 누르세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Illustrate the book&lt;/b&gt; draws a picture for every page that has words and no picture yet. Nothing you put on a page is replaced without asking, and Edit ▸ Undo takes back any change.</source>
        <translation>&lt;b&gt;책에 그림 넣기&lt;/b&gt;는 글이 있고 아직 그림이 없는 페이지마다 그림을 그려요. 직접 페이지에 넣은 것은 묻지 않고 바꾸지 않아요. 어떤 변경이든 편집 ▸ 실행 취소로 되돌릴 수 있어요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6. Print</source>
        <translation>6. 인쇄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File ▸ Export ▸ &lt;b&gt;Book…&lt;/b&gt; (Ctrl+E) makes a PDF: print-ready for a print shop, pages for a home printer, or a booklet to fold and staple.</source>
        <translation>파일 ▸ 내보내기 ▸ &lt;b&gt;책…&lt;/b&gt;(Ctrl+E)은 PDF를 만들어요: 인쇄소에 맡길 인쇄용 PDF, 집 프린터로 뽑을 페이지, 접어서 스테이플러로 찍는 소책자 중에서 고르세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline mode and your key</source>
        <translation>오프라인 모드와 API 키</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without an API key the studio works offline: pictures are labelled sketches and stories are drafts, and nothing costs money.</source>
        <translation>API 키가 없으면 스튜디오는 오프라인으로 작동해요. 그림은 표시가 붙은 스케치이고 이야기는 초안이며, 비용은 전혀 들지 않아요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To use a real model, open &lt;b&gt;Edit ▸ Settings…&lt;/b&gt; (or &lt;b&gt;Add API key…&lt;/b&gt; in the status bar) and paste your key. It is kept in your system&apos;s keychain, never in the book or the settings file. Each picture then costs a few cents; the status bar shows what this book has cost so far.</source>
        <translation>실제 모델을 쓰려면 &lt;b&gt;편집 ▸ 설정…&lt;/b&gt;(또는 상태 표시줄의 &lt;b&gt;API 키 추가…&lt;/b&gt;)을 열고 키를 붙여 넣으세요. 키는 시스템의 키체인에 보관되고, 책이나 설정 파일에는 절대 들어가지 않아요. 그다음부터는 그림 한 장에 몇 센트가 들고, 상태 표시줄에 이 책에 지금까지 든 비용이 보여요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything you make is saved as you go. Help ▸ Keyboard Shortcuts lists every key.</source>
        <translation>만든 것은 모두 그때그때 저장돼요. 도움말 ▸ 단축키에서 모든 키를 볼 수 있어요.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Getting Started</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Chat with an assistant that draws and writes, lay out a picture book, and print it: a print-ready PDF, a home-print booklet, or a sheet of stickers.</source>
        <translation>그림을 그리고 글을 쓰는 도우미와 대화하며 그림책을 배치하고 인쇄해요: 인쇄용 PDF, 집에서 인쇄하는 소책자, 스티커 시트.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings and data: {folders}</source>
        <translation>설정과 데이터: {folders}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What comes with it</source>
        <translation>함께 들어 있는 것</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{app} is under the MIT licence. It carries these files made by others, each under its own licence (the texts are beside them in {folder}):</source>
        <translation>{app}는 MIT 라이선스를 따라요. 다른 사람들이 만든 다음 파일이 함께 들어 있고, 파일마다 자체 라이선스를 따라요(라이선스 전문은 {folder}에 함께 있어요):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>About {app}</source>
        <translation>{app} 정보</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In the gallery</source>
        <translation>갤러리에서</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../../studio/qt/image_viewer.py" line="+143"/>
        <source>Picture</source>
        <translation type="unfinished">그림</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More like this</source>
        <translation type="unfinished">이것과 비슷하게</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put on page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New character from this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change it: e.g. &quot;make his spines more golden&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paint the area to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> px brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear painting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Changing #{id}… it shows here when it is ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsPane</name>
    <message>
        <location filename="../../studio/qt/jobs_pane.py" line="+29"/>
        <source>queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>그리는 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Picture</source>
        <translation>그림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures being made</source>
        <translation>그리고 있는 그림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>멈추기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop drawing the selected picture</source>
        <translation>선택한 그림을 그만 그려요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the selected picture again after it failed or was stopped</source>
        <translation>실패했거나 멈춘 그림을 다시 그려요</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
</context>
<context>
    <name>LocalPicturesPage</name>
    <message>
        <location filename="../../studio/qt/local_pictures_settings.py" line="+16"/>
        <source>Automatic1111 / Forge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Started with --api; its address is usually http://127.0.0.1:7860.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use my own workflow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw with the studio&apos;s own text-to-image and image-to-image graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pictures from a generator on your own computer cost nothing per picture. Choose it under “Pictures from” on the Connection page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A ComfyUI workflow in API format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ComfyUI workflow (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Built-in (text-to-image, image-to-image, inpainting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The studio fills in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../studio/qt/main_window.py" line="+78"/>
        <source>Opening the studio…</source>
        <translation>스튜디오를 여는 중…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+180"/>
        <source>Cast</source>
        <translation>등장인물</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+180"/>
        <source>Pictures being made</source>
        <translation>그리고 있는 그림</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+169"/>
        <source>Add API key…</source>
        <translation>API 키 추가…</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Pictures…</source>
        <translation>그림 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a &amp;Folder of Pictures…</source>
        <translation>그림 폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Book…</source>
        <translation>책(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stickers…</source>
        <translation>스티커(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact Sheet…</source>
        <translation>밀착 시트(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected &amp;Pictures as PNG…</source>
        <translation>선택한 그림을 PNG로(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected Pictures as &amp;JPEG…</source>
        <translation>선택한 그림을 JPEG로(&amp;J)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Book</source>
        <translation>책(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Page</source>
        <translation>페이지 추가(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insert Page Before</source>
        <translation>앞에 페이지 넣기(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate Page</source>
        <translation>페이지 복제(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Page</source>
        <translation>페이지 삭제(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Page &amp;Earlier</source>
        <translation>페이지를 앞으로(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Page &amp;Later</source>
        <translation>페이지를 뒤로(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Spread View</source>
        <translation>펼침면 보기(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overview</source>
        <translation>전체 보기(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book &amp;Settings…</source>
        <translation>책 설정(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Illustrate the Book</source>
        <translation>책에 그림 넣기(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make Every Picture Print-&amp;Ready…</source>
        <translation>모든 그림을 인쇄용으로 만들기(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;pending…</source>
        <translation>지출(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put Selected Picture on Page</source>
        <translation>선택한 그림을 페이지에 넣기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Page</source>
        <translation>이전 페이지(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Page</source>
        <translation>다음 페이지(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Picture</source>
        <translation>그림(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Large</source>
        <translation>크게 열기(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;More Like This</source>
        <translation>이것과 비슷하게(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Draw Again</source>
        <translation>다시 그리기(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw Again &amp;in Shape</source>
        <translation>모양을 정해 다시 그리기(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>St&amp;yles…</source>
        <translation>화풍(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make Print-&amp;Ready</source>
        <translation>인쇄용으로 만들기(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare Side by Side</source>
        <translation>나란히 비교(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More Like &amp;These (Next Round)…</source>
        <translation>이것들과 비슷하게 - 다음 라운드(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Star</source>
        <translation>별표(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to &amp;Board…</source>
        <translation>보드에 추가(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;Trash</source>
        <translation>휴지통으로 이동(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find in Gallery</source>
        <translation>갤러리에서 찾기(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Character from Picture</source>
        <translation>그림으로 새 캐릭터 만들기(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create: Chat and Pictures</source>
        <translation>만들기: 대화와 그림(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Book: Pages</source>
        <translation>책: 페이지(&amp;B)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Getting Started</source>
        <translation>시작하기(&amp;G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Sample Book</source>
        <translation>예시 책 열기(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About</source>
        <translation>프로그램 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Closing the previous book</source>
        <translation>이전 책 닫기</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{reason}

Open it read-only, to look at it and export it?</source>
        <translation>{reason}

읽기 전용으로 열어서 보거나 내보낼까요?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not create</source>
        <translation>만들 수 없어요</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not open</source>
        <translation>열 수 없어요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only: {why}. Save As… to work on a copy.</source>
        <translation>읽기 전용: {why}. 사본으로 작업하려면 다른 이름으로 저장…을 쓰세요.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Could not reopen</source>
        <translation>다시 열 수 없어요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened the unsaved book. Save it to give it a name.</source>
        <translation>저장하지 않은 책을 다시 열었어요. 저장해서 이름을 붙여 주세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open picture book</source>
        <translation>그림책 열기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved — every change is saved as you go.</source>
        <translation>저장됨 — 바꾼 내용은 모두 그때그때 저장돼요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} copy</source>
        <translation>{name} 사본</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save picture book</source>
        <translation>그림책 저장</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picture books (*{suffix})</source>
        <translation>그림책 (*{suffix})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save</source>
        <translation>저장할 수 없어요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {name}</source>
        <translation>{name}에 저장했어요</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (read-only)</source>
        <translation>{name} (읽기 전용)</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+31"/>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This book is read-only ({why}). File ▸ Save As… makes a copy you can work on.</source>
        <translation>이 책은 읽기 전용이에요({why}). 파일 ▸ 다른 이름으로 저장…으로 작업할 수 있는 사본을 만들 수 있어요.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save this picture book before closing it?</source>
        <translation>닫기 전에 이 그림책을 저장할까요?</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>More like this</source>
        <translation>이것과 비슷하게</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Making a picture print-ready</source>
        <translation>그림을 인쇄용으로 만들기</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <location line="+22"/>
        <location line="+4"/>
        <location line="+73"/>
        <location line="+268"/>
        <source>Wait for the current reply to finish, or press Stop.</source>
        <translation>지금 답이 끝날 때까지 기다리거나 멈추기를 누르세요.</translation>
    </message>
    <message>
        <location line="-390"/>
        <source>Every picture on the pages prints at 300 DPI or more.</source>
        <translation>페이지의 모든 그림이 300 DPI 이상으로 인쇄돼요.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Spending cap</source>
        <translation>지출 한도</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Making pictures print-ready</source>
        <translation>그림들을 인쇄용으로 만들기</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drawing again</source>
        <translation>다시 그리기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changing a picture</source>
        <translation>그림 바꾸기</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Usage the server reported for this book, priced with the table in Settings. Offline sketches cost nothing.</source>
        <translation>서버가 알려 준 이 책의 사용량을 설정의 가격표로 계산한 비용이에요. 오프라인 스케치는 비용이 들지 않아요.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every page with words has a picture already.</source>
        <translation>글이 있는 페이지에는 모두 그림이 있어요.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Illustrating the book</source>
        <translation>책에 그림 넣기</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Getting ready to draw</source>
        <translation>그릴 준비</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline mode — {reason}</source>
        <translation>오프라인 모드 — {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} · {chat} · {image}</source>
        <translation>{name} · {chat} · {image}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Key not stored</source>
        <translation>키를 저장하지 못했어요</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closing the old connection</source>
        <translation>이전 연결 닫기</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Settings not saved: {e}</source>
        <translation>설정을 저장하지 못했어요: {e}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{what} did not work: {message}</source>
        <translation>{what} 작업이 되지 않았어요: {message}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Making the sample book</source>
        <translation>예시 책 만들기</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pictures are still being made. Stop them and quit?</source>
        <translation>아직 그림을 그리고 있어요. 멈추고 끝낼까요?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopping</source>
        <translation>멈추기</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select two to four pictures (Ctrl-click) to compare them.</source>
        <translation>비교할 그림을 두 장에서 네 장까지 고르세요 (Ctrl+클릭).</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+8"/>
        <source>More Like These</source>
        <translation>이것들과 비슷하게</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>What is this concept called? Its rounds are boards named “… – round 2”, “… – round 3”.</source>
        <translation>이 콘셉트의 이름은 무엇인가요? 라운드마다 이 이름에 라운드 번호를 붙인 보드가 생겨요.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Drawing round {n}</source>
        <translation>{n}라운드 그리기</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round {n}: the pictures land on the board “{board}”.</source>
        <translation>{n}라운드: 그림은 “{board}” 보드에 들어가요.</translation>
    </message>
</context>
<context>
    <name>OfferCard</name>
    <message>
        <location filename="../../studio/qt/offer_card.py" line="+45"/>
        <source>No thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Put picture #{id} on {where}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the picture on {where} (#{old}) with #{id}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This book is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing on the page has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture #{id} is on {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done: {name}. Edit ▸ Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../studio/qt/storyboard/page_strip.py" line="+78"/>
        <source>Book overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <location filename="../../studio/qt/storyboard/canvas.py" line="+89"/>
        <source>Book page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the words for this page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Click a DPI badge to make that picture print-ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outside safe area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Soft in print · {dpi} DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blurry · {dpi} DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Move frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resize frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Zoom picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nudge frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Drag a picture here
from the gallery or the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to type the words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode area
kept white for the ISBN barcode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureChip</name>
    <message>
        <location filename="../../studio/qt/picture_chip.py" line="+42"/>
        <source>Don&apos;t refer to this picture</source>
        <translation>이 그림을 가리키지 않기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the picture from the message</source>
        <translation>메시지에서 그림 빼기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About picture #{id}</source>
        <translation>그림 #{id}에 대해</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your next message is about this picture</source>
        <translation>다음 메시지는 이 그림에 대한 거예요</translation>
    </message>
</context>
<context>
    <name>PictureSlot</name>
    <message>
        <location filename="../../studio/qt/chat_bubbles.py" line="-197"/>
        <location line="+41"/>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Stop</source>
        <translation type="unfinished">멈추기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation type="unfinished">다시 시도</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintReadyRunner</name>
    <message>
        <location filename="../../studio/qt/print_ready.py" line="+35"/>
        <source>One picture is being made print-ready already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picture #{id} is on no page: put it on a page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture #{id} prints at {dpi} DPI already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Making picture #{id} print-ready on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make print-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Making pictures print-ready</source>
        <translation type="unfinished">그림들을 인쇄용으로 만들기</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Making picture {n} of {total} (#{id}) print-ready on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make print-ready was cancelled; nothing more changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make print-ready was cancelled; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Picture #{old} printed at {before} DPI; #{new} prints at {after} DPI and is on its page. Edit ▸ Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} pictures made print-ready; each is one step in Edit ▸ Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenanceView</name>
    <message>
        <location filename="../../studio/qt/gallery/provenance_view.py" line="+47"/>
        <source>Copy Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the prompt exactly as it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes: a comment on this picture, for you or a client. Searchable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(no prompt: {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(asked for {size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawn after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>since {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryOffer</name>
    <message>
        <location filename="../../studio/qt/recovery_offer.py" line="+55"/>
        <source>A picture book was not saved when {app} last closed:

{summary}

Reopen it?</source>
        <translation>지난번에 {app}가 닫힐 때 저장되지 않은 그림책이 있어요:

{summary}

다시 열까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>다시 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
</context>
<context>
    <name>SampleBook</name>
    <message>
        <location filename="../../studio/qt/sample.py" line="+36"/>
        <source>Drawing the sample book’s pictures…</source>
        <translation>예시 책의 그림을 그리고 있어요…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample book</source>
        <translation>예시 책</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not make the sample book</source>
        <translation>예시 책을 만들 수 없어요</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../studio/qt/settings_dialog.py" line="+39"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline (no network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Azure OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The same as the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline sketches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ComfyUI on my computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic1111 / Forge on my computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who draws: for a studio with no cloud at all, words from a local chat model and pictures from ComfyUI or Automatic1111 (Local pictures page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Using the address from the OPENAI_BASE_URL environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>As the model allows (known models), else standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard sizes only (1024×1024, 1536×1024, 1024×1536)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any size (like gpt-image-2): pages at print size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pictures for the book&apos;s pages are asked for in their frame&apos;s shape at print size where the picture model takes any size. A server&apos;s own model may only take the standard sizes: choose that if its pictures fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List models from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The longest you wait on a server that sends nothing (keep-alives do not count). A reply, or a picture, is given up once the server has been silent this long, and is not tried again; the rest of that turn&apos;s pictures are given up with it. A server that answers a picture only when it is finished must finish within this time: allow longer for a slow local server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of menus, messages and the assistant&apos;s own words. It changes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for a silent server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pictures from OpenAI are paid for from your account, a few cents each. Before a batch of pictures is drawn, the studio shows what it will cost and waits for you to say Draw — unless it costs less than the amount below. It stops by itself when a book, or this computer in one day, reaches the most you allow here, so a child exploring, or a request that gets out of hand, can never run up a surprise bill. Offline sketches are always free. An amount of 0 turns that limit off. Book ▸ Spending… shows what was spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batches estimated under this are drawn without asking. 0: always ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>No cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The most one book may cost, everything in it counted. 0: no cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The most this computer spends in one day, every book together. 0: no cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Don&apos;t ask under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most for one book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most in one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Get a key at &lt;a href=&quot;https://platform.openai.com/api-keys&quot;&gt;platform.openai.com/api-keys&lt;/a&gt; (sign in, then “Create new secret key”); pictures need a little credit on the account (Billing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is on your Azure OpenAI resource in &lt;a href=&quot;https://portal.azure.com&quot;&gt;portal.azure.com&lt;/a&gt;, under “Keys and Endpoint”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s own documentation says whether it needs a key; most servers on your own computer need none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pictures are drawn on this computer: they cost nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} has no price in the price table, so the studio cannot say what a picture costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At these settings a picture costs about {each} ({model}, {size}, {quality} quality).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Using the key from the {var} environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key is stored in the system keychain. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored in the system keychain, never in a file. Or set {var} in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not list the models: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} models found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShapeMenu</name>
    <message>
        <location filename="../../studio/qt/shape_menu.py" line="-104"/>
        <source>Auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frame {ratio}</source>
        <translation>틀 {ratio}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Square</source>
        <translation>정사각형</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portrait</source>
        <translation>세로</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Landscape</source>
        <translation>가로</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Shape of a Page&apos;s Picture</source>
        <translation>페이지 그림의 모양</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom Size…</source>
        <translation>크기 직접 정하기…</translation>
    </message>
</context>
<context>
    <name>SpendingDialog</name>
    <message>
        <location filename="../../studio/qt/spending_dialog.py" line="+41"/>
        <source>Spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> of {cap} a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (no daily cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today on this computer: {spent}{cap}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cap {cap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This book, “{name}”: {summary} ({cap}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been paid for on this computer yet. Offline sketches are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export spending as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {n} rows to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StickerDialog</name>
    <message>
        <location filename="../../studio/qt/stickers/sheet_dialog.py" line="+69"/>
        <source>Sticker sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add the cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>as for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cricut Print Then Cut (6.75 × 9.25 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Silhouette registration marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaves out the flat background around the selected picture&apos;s subject. The picture itself is never changed: untick to put the background back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+151"/>
        <source>Select a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Sheet </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of the selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White border</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+193"/>
        <source>Tick pictures to see the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-183"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Cricut PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save SVG cut paths…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save DXF for Silhouette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cut paths for Silhouette Studio&apos;s free edition, in millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+243"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Picture #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No one in the cast has a reference picture yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sticker background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the picture: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This picture is transparent already: there is no background to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sticker preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source> of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stickers for Cricut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>sticker cut paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save stickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making stickers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Making {n} stickers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
</context>
<context>
    <name>StoryboardPane</name>
    <message>
        <location filename="../../studio/qt/storyboard/pane.py" line="+90"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show left and right pages side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole book at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book settings: size, bleed, margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+409"/>
        <source>Illustrate the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-408"/>
        <source>Draw a picture for every page with words and no picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Page layout: where the picture and the words go on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Insert page before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add page after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move page earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move page later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>{label} · {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{page}: the picture was not made: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Showing the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Stop illustrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Illustrating the book: {done} of {total} pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} pages illustrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} not made (see the red badge on the page; click again to retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry failed pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <location filename="../../studio/qt/styles_dialog.py" line="+96"/>
        <source>Edit Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. House style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The words added to every prompt: lines, colours, paper, light…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Selected Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it in my library for other books too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag pictures here from the gallery, or select one and add it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StylesDialog</name>
    <message>
        <location line="+22"/>
        <source>Styles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use in This Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A style&apos;s words go with every picture drawn in it, and its pictures as references. Pick one in the chat&apos;s style box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} — in this book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} — in your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>“{name}” is kept in this book (Edit ▸ Undo takes it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is kept in this book and in your library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding a style to the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” is now one of this book&apos;s styles; its pictures are in the gallery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Taken out of this book (Edit ▸ Undo brings it back); your library keeps its copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this style from your library? Books that use it keep their copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} could not be deleted ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing a style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export a style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../../studio/qt/storyboard/template_chooser.py" line="+107"/>
        <source>Page layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptScroll</name>
    <message>
        <location filename="../../studio/qt/transcript_scroll.py" line="+18"/>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <location filename="../../studio/qt/background.py" line="+74"/>
        <source>Cancelled: nothing was written.</source>
        <translation>취소했어요. 아무 파일도 쓰지 않았어요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote {files}.</source>
        <translation>파일을 썼어요: {files}.</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../studio/qt/workspaces.py" line="+46"/>
        <source>Create — chat and pictures</source>
        <translation>만들기 — 대화와 그림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book — pages</source>
        <translation>책 — 페이지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for pictures and stories, pick and name them (Ctrl+1)</source>
        <translation>그림과 이야기를 부탁하고, 고르고, 이름을 붙여요 (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lay the pictures and words out on the pages (Ctrl+2)</source>
        <translation>그림과 글을 페이지에 배치해요 (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspaces</source>
        <translation>작업 공간</translation>
    </message>
</context>
<context>
    <name>WrittenMessage</name>
    <message>
        <location filename="../../studio/qt/output/destination.py" line="+110"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote {n} files in “{folder}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No program on this computer opens “{name}”. It is in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file manager could be opened. “{name}” is in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open</source>
        <translation type="unfinished">열 수 없어요</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../studio/qt/print_ready.py" line="+7"/>
        <source>Make print-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture #{id} prints at {dpi} DPI in its frame; a printed book wants 300.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw it again at {size} from itself: the same picture, sharp ({estimate}).
Or make it larger on this computer: free, softer, about half a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make it larger here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make every picture print-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} pictures print under 300 DPI on the pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw {again} of them again at print size, each from itself: {estimate}.{rest}
Or make all of them larger on this computer: free, softer, about half a minute each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> The other {n} are made larger here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make all larger here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../studio/qt/spending_dialog.py" line="+42"/>
        <source>Spending cap</source>
        <translation type="unfinished">지출 한도</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} pictures — the cost is unknown: this model has no price in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} pictures, about {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the pictures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
</context>
</TS>
