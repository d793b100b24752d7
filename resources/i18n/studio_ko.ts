<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../../studio/qt/output/booklet_preview.py" line="+107" />
            <source>BookletPreview</source>
            <comment>inside cover</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>BookletPreview</source>
            <comment>blank</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>BookletPreview</source>
            <comment>end page</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BookSettingsDialog</name>
        <message>
            <location filename="../../studio/qt/storyboard/book_settings.py" line="+36" />
            <source>Book Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Custom size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>0.125 in (US)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>3 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>All four sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Print-on-demand interior (outside edge only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>None chosen (export as made)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The Export dialog starts with this printer: the pages take its size and bleed when exported, and the file is checked against its rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trim size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Bleed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Bleed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Safe margin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Inside margin (extra)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Printed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Changing the size lays every page out again; no picture or word is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>A few sentences for the back cover; they add a back-cover page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Back cover words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>{mm:.1f} mm</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BookUndo</name>
        <message>
            <location filename="../../studio/qt/undo.py" line="+80" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BookletPreview</name>
        <message>
            <location filename="../../studio/qt/output/booklet_preview.py" line="-61" />
            <source>Booklet sheets, in printing order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>Booklet preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>front</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Sheet {n}, {face}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Bubble</name>
        <message>
            <location filename="../../studio/qt/chat_bubbles.py" line="+195" />
            <source>Prompt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Draw again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Draw this prompt again (edit it first if you like); the arrow picks its shape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>{n}. {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Dedication: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Back cover: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Make these pages in the book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The pages are in the book (Edit ▸ Undo takes them back)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CastPane</name>
        <message>
            <location filename="../../studio/qt/cast_pane.py" line="+109" />
            <source>Cast</source>
            <translation>등장인물</translation>
        </message>
        <message>
            <location line="+1" />
            <source>other names, comma separated (e.g. 래리)</source>
            <translation>다른 이름, 쉼표로 구분 (예: Larry)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What they look like: species, colours, clothes, features.</source>
            <translation>생김새: 종, 색깔, 옷, 특징.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add selected picture</source>
            <translation>선택한 그림 추가</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The picture picked last becomes one of this character's reference pictures</source>
            <translation>마지막으로 고른 그림이 이 캐릭터의 참고 그림이 돼요</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove picture</source>
            <translation>그림 빼기</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+98" />
            <source>New character</source>
            <translation>새 캐릭터</translation>
        </message>
        <message>
            <location line="-97" />
            <source>Remove character</source>
            <translation>캐릭터 삭제</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Also called</source>
            <translation>다른 이름</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Looks like</source>
            <translation>생김새</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pictures</source>
            <translation>참고 그림</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name a character in the chat ("her name is Larry") or make one here. Every picture that mentions a character uses this description and these pictures.</source>
            <translation>대화에서 캐릭터에 이름을 붙이거나("이름은 래리야") 여기서 만드세요. 캐릭터가 나오는 그림마다 이 설명과 이 그림들을 써요.</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Edit {name}</source>
            <translation>{name} 고치기</translation>
        </message>
        <message>
            <location line="+17" />
            <source>New character {n}</source>
            <translation>새 캐릭터 {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add {name}</source>
            <translation>{name} 추가</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Add a reference picture</source>
            <translation>참고 그림 추가</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Remove a reference picture</source>
            <translation>참고 그림 빼기</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Remove {name}</source>
            <translation>{name} 삭제</translation>
        </message>
    </context>
    <context>
        <name>ChatPane</name>
        <message>
            <location filename="../../studio/qt/chat_pane.py" line="+106" />
            <source>Add API key…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Show earlier messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Ask for a picture or a story… (Enter sends, Shift+Enter for a new line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Picture style</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Picture shape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Auto (square unless you ask for a shape)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Send the message (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>&lt;b&gt;Chat&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Offline mode ({reason}): pictures are placeholder sketches and stories are drafts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>chosen in Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>This book is read-only ({why}). File ▸ Save As… makes a copy you can work on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+61" />
            <source>Picture shape: {shape} ({size} with {model}). It wins over a shape asked for in words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Picture shape: square unless you ask for another ("make it landscape")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Style: auto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The assistant chooses, or none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>{name} (from your library)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Manage Styles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Adding a style to the book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>“{name}” is now one of this book's styles (Edit ▸ Undo takes it out).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+141" />
            <source>That picture is already being made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+48" />
            <source>Showing a preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <source>Sending the message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Drawing again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>{n} pictures — the cost is unknown: this model has no price in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{n} pictures, about {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Draw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation type="unfinished">취소</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Not made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{name} joined the cast.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <location filename="../../studio/qt/compare_view.py" line="+162" />
            <source>Compare</source>
            <translation>비교</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Fit</source>
            <translation>맞추기</translation>
        </message>
        <message>
            <location line="+91" />
            <source>Star (F)</source>
            <translation>별표 (F)</translation>
        </message>
        <message>
            <location line="-85" />
            <source>Add to Board… (B)</source>
            <translation>보드에 추가… (B)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>← → choose a picture · F star · B board · M more like these · wheel or + − zoom all · drag to pan all · Esc closes</source>
            <translation>← → 그림 고르기 · F 별표 · B 보드 · M 이것들과 비슷하게 · 휠이나 + − 모두 확대/축소 · 끌어서 모두 이동 · Esc 닫기</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Showing a picture</source>
            <translation>그림 보여 주기</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Compare {ids}</source>
            <translation>비교 {ids}</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Show the whole pictures (0)</source>
            <translation>그림 전체 보기 (0)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom in</source>
            <translation>확대</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom in (+)</source>
            <translation>확대 (+)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom out</source>
            <translation>축소</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom out (−)</source>
            <translation>축소 (−)</translation>
        </message>
        <message>
            <location line="+69" />
            <source>(this picture is gone)</source>
            <translation>(이 그림은 없어졌어요)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>More Like the {n} Starred (M)</source>
            <translation>별표한 {n}장과 비슷하게 (M)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>More Like This One (M)</source>
            <translation>이것과 비슷하게 (M)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unstar (F)</source>
            <translation>별표 해제 (F)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>New Board…</source>
            <translation>새 보드…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New Board</source>
            <translation>새 보드</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name of the new board:</source>
            <translation>새 보드의 이름:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Boards</source>
            <translation>보드</translation>
        </message>
    </context>
    <context>
        <name>ContactSheetDialog</name>
        <message>
            <location filename="../../studio/qt/output/contact_sheet_dialog.py" line="+69" />
            <source>Contact sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The book's pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pictures by number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>e.g. 1, 5, 9</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>e.g. For Acme Books, round 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>PNG, one per sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Show</source>
            <translation type="unfinished">보기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pictures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Panels a sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Client line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The first sheets, as they print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+46" />
            <source>“{text}” is not a list of picture numbers such as 1, 5, 9.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>There are no boards yet: put pictures on a board in the gallery first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+54" />
            <source>Contact sheet preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Sheet {n} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{panels} on {sheets}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>1 panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>{n} panels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>1 sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>{n} sheets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Export contact sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>contact sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Exporting a contact sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Writing {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Cancel</source>
            <translation type="unfinished">취소</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Close</source>
            <translation type="unfinished">닫기</translation>
        </message>
    </context>
    <context>
        <name>CustomSizeDialog</name>
        <message>
            <location filename="../../studio/qt/shape_menu.py" line="+97" />
            <source>Custom Picture Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Pictures from {model}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>{model} takes this size.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DetailsPanel</name>
        <message>
            <location filename="../../studio/qt/gallery/details.py" line="+163" />
            <location line="+48" />
            <source>Click a picture to see it large.</source>
            <translation>그림을 누르면 크게 보여요.</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Selected picture</source>
            <translation>선택한 그림</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tags, separated by commas</source>
            <translation>태그(쉼표로 구분)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About the picture</source>
            <translation>그림 정보</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draw Again</source>
            <translation>다시 그리기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The same prompt, style, size and quality, drawn again</source>
            <translation>같은 프롬프트, 화풍, 크기, 품질로 다시 그려요</translation>
        </message>
        <message>
            <location line="+1" />
            <source>More Like This</source>
            <translation>이것과 비슷하게</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open Large…</source>
            <translation>크게 보기…</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Compare Side by Side</source>
            <translation>나란히 비교</translation>
        </message>
        <message>
            <location line="-65" />
            <source>More Like These…</source>
            <translation>이것들과 비슷하게…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A new round of pictures drawn from all of these, on a board of its own</source>
            <translation>이 그림들을 모두 바탕으로 새 라운드를 그려 따로 보드에 모아요</translation>
        </message>
        <message>
            <location line="+62" />
            <source>&lt;b&gt;{n} pictures selected&lt;/b&gt;</source>
            <translation>&lt;b&gt;그림 {n}장 선택됨&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare {n} Side by Side</source>
            <translation>{n}장 나란히 비교</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Compare shows up to {most} at once: Ctrl-click to leave some out.</source>
            <translation>비교는 한 번에 {most}장까지 보여요: Ctrl을 누른 채 클릭해 몇 장을 빼세요.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../studio/qt/output/export_dialog.py" line="+62" />
            <source>Export the book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Make</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>the interior pages, trim plus bleed, for a print service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>back, spine and front on one sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>one page per sheet on A4 or Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>fold and staple: two pages a side, double-sided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>a picture file of every page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Fit to the sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Actual size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Crop marks (outside the bleed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>As the book is made (no printer chosen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Check the file for the printer (preflight)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Size</source>
            <translation type="unfinished">크기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interior paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Before you print:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Check again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <source>Nothing to worry about: every picture is at least 300 DPI and all the words are inside the safe area.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Folder for the page images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>print-ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>cover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>home print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>booklet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export</source>
            <translation type="unfinished">내보내기</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+78" />
            <location line="+8" />
            <source>Exporting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-76" />
            <source>Writing {name}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Checking {name} for {target}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The check could not be made: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Checked for {target}: {n} problem{s} it would refuse the file for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Checked for {target}: it would take the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>When the pictures are ready, press Check again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Cancel</source>
            <translation type="unfinished">취소</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Close</source>
            <translation type="unfinished">닫기</translation>
        </message>
    </context>
    <context>
        <name>Filmstrip</name>
        <message>
            <location filename="../../studio/qt/storyboard/page_strip.py" line="+164" />
            <source>Pages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../studio/qt/gallery/filter_bar.py" line="+74" />
            <source>Search prompts, names, tags, files…</source>
            <translation>프롬프트, 이름, 태그, 파일 검색…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the gallery</source>
            <translation>갤러리 검색</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show</source>
            <translation>보기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filters</source>
            <translation>필터</translation>
        </message>
        <message>
            <location line="+1" />
            <source>More filters</source>
            <translation>필터 더 보기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter by source, model, style and date</source>
            <translation>출처, 모델, 화풍, 날짜로 거르기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Source</source>
            <translation>출처</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Any source</source>
            <translation>모든 출처</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Generated</source>
            <translation>생성한 그림</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edited</source>
            <translation>고친 그림</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Imported</source>
            <translation>가져온 그림</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Model</source>
            <translation>모델</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Any model</source>
            <translation>모든 모델</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Style</source>
            <translation>화풍</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Any style</source>
            <translation>모든 화풍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any time</source>
            <translation>모든 기간</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Past 7 days</source>
            <translation>지난 7일</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Past 30 days</source>
            <translation>지난 30일</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Past year</source>
            <translation>지난 1년</translation>
        </message>
        <message>
            <location line="-2" />
            <source>When</source>
            <translation>언제</translation>
        </message>
        <message>
            <location line="+55" />
            <source>All pictures</source>
            <translation>모든 그림</translation>
        </message>
        <message>
            <location line="+1" />
            <source>★ Favourites</source>
            <translation>★ 별표</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trash ({n})</source>
            <translation>휴지통 ({n})</translation>
        </message>
    </context>
    <context>
        <name>FindingsList</name>
        <message>
            <location filename="../../studio/qt/output/findings_list.py" line="+39" />
            <source>✓ Ready for {target}: every rule passed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Blocking: {target} would refuse the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Warning: it would print, not as it should.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FramePanel</name>
        <message>
            <location filename="../../studio/qt/storyboard/frame_panel.py" line="+57" />
            <source>Click a frame on the page to change it.

Drag to move, drag the corner to resize, arrow keys nudge. Alt+drag moves a picture inside its frame; Ctrl+wheel zooms.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Fill (crop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fit (whole picture)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Picture fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+13" />
            <source>Zoom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-12" />
            <source>Zoom picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Variants of this picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Take the picture out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Fit</source>
            <translation type="unfinished">맞추기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Variants (click to swap):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <location line="+20" />
            <source>Font</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-17" />
            <source>Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Bold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Alignment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Line spacing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Band behind text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A translucent white band behind the words, for text over a picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Text backing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Size</source>
            <translation type="unfinished">크기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Colour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Align</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Spacing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>&lt;b&gt;Frame&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Picture frame&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>&lt;b&gt;Text frame&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <location line="+2" />
            <source>Text colour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GalleryModel</name>
        <message>
            <location filename="../../studio/qt/gallery/model.py" line="+287" />
            <source>Imported picture</source>
            <translation>가져온 그림</translation>
        </message>
    </context>
    <context>
        <name>GalleryPane</name>
        <message>
            <location filename="../../studio/qt/gallery/pane.py" line="+250" />
            <source>Gallery</source>
            <translation>갤러리</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Thumbnail size</source>
            <translation>미리보기 크기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location line="-4" />
            <source>&lt;b&gt;Gallery&lt;/b&gt;</source>
            <translation>&lt;b&gt;갤러리&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+32" />
            <location line="+227" />
            <source>Move to Trash</source>
            <translation>휴지통으로 옮기기</translation>
        </message>
        <message>
            <location line="-258" />
            <location line="+32" />
            <source>Star</source>
            <translation>별표</translation>
        </message>
        <message>
            <location line="-31" />
            <location line="+32" />
            <source>Paste Pictures</source>
            <translation>그림 붙여넣기</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{n} in the trash</source>
            <translation>휴지통에 {n}장</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln picture(s)</source>
            <translation>
                <numerusform>그림 %Ln장</numerusform>
            </translation>
        </message>
        <message>
            <location line="+46" />
            <source>Showing a picture</source>
            <translation>그림 보여 주기</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Boards</source>
            <translation>보드</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+6" />
            <source>New Board</source>
            <translation>새 보드</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Name of the new board:</source>
            <translation>새 보드의 이름:</translation>
        </message>
        <message>
            <location line="+31" />
            <location line="+5" />
            <source>Rename Board</source>
            <translation>보드 이름 바꾸기</translation>
        </message>
        <message>
            <location line="-5" />
            <source>New name:</source>
            <translation>새 이름:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Empty the Trash</source>
            <translation>휴지통 비우기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete the picture in the trash for good? This cannot be undone; a page that shows it will have an empty frame.</source>
            <translation>휴지통에 있는 그림을 영구히 지울까요? 되돌릴 수 없어요. 이 그림을 보여 주던 페이지에는 빈 틀이 남아요.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete {n} pictures for good? This cannot be undone; pages that show one will have an empty frame.</source>
            <translation>그림 {n}장을 영구히 지울까요? 되돌릴 수 없어요. 이 그림들을 보여 주던 페이지에는 빈 틀이 남아요.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Compare Side by Side</source>
            <translation>나란히 비교</translation>
        </message>
        <message>
            <location line="+2" />
            <source>More Like These…</source>
            <translation>이것들과 비슷하게…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open Large</source>
            <translation>크게 보기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put on Page</source>
            <translation>페이지에 넣기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>More Like This</source>
            <translation>이것과 비슷하게</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draw Again</source>
            <translation>다시 그리기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New Character from Picture…</source>
            <translation>이 그림으로 새 캐릭터…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add to Board</source>
            <translation>보드에 추가</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New Board…</source>
            <translation>새 보드…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Take Off This Board</source>
            <translation>이 보드에서 빼기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export as PNG…</source>
            <translation>PNG로 내보내기…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export as JPEG…</source>
            <translation>JPEG로 내보내기…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Put Back</source>
            <translation>되살리기</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rename Board…</source>
            <translation>보드 이름 바꾸기…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete Board</source>
            <translation>보드 삭제</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Empty the Trash…</source>
            <translation>휴지통 비우기…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import Pictures…</source>
            <translation>그림 가져오기…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import pictures</source>
            <translation>그림 가져오기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)</source>
            <translation>그림 (*.png *.jpg *.jpeg *.webp *.gif);;모든 파일 (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import a folder of pictures</source>
            <translation>그림 폴더 가져오기</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Pasted picture</source>
            <translation>붙여넣은 그림</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Paste</source>
            <translation>붙여넣기</translation>
        </message>
        <message>
            <location line="+0" />
            <source>There is no picture on the clipboard.</source>
            <translation>클립보드에 그림이 없어요.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+34" />
            <source>Import</source>
            <translation>가져오기</translation>
        </message>
        <message>
            <location line="-34" />
            <source>Wait for the current import to finish.</source>
            <translation>지금 가져오는 작업이 끝날 때까지 기다려 주세요.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Looking for pictures…</source>
            <translation>그림을 찾고 있어요…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Importing pictures</source>
            <translation>그림 가져오기</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Importing %v of %m</source>
            <translation>%m장 중 %v장 가져오는 중</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>Imported %n picture(s).</source>
            <translation>
                <numerusform>그림 %n장을 가져왔어요.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>The rest were not imported (cancelled).</source>
            <translation>나머지는 가져오지 않았어요(취소함).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{n} could not be used:</source>
            <translation>{n}개는 쓸 수 없었어요:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Export pictures to</source>
            <translation>그림을 내보낼 폴더</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Exporting pictures</source>
            <translation>그림 내보내기</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exporting %v of %m</source>
            <translation>%m장 중 %v장 내보내는 중</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export cancelled.</source>
            <translation>내보내기를 취소했어요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exported {n} to {folder}.</source>
            <translation>{folder}에 {n}장을 내보냈어요.</translation>
        </message>
    </context>
    <context>
        <name>GeneratorBox</name>
        <message>
            <location filename="../../studio/qt/local_pictures_settings.py" line="+55" />
            <source>Using the address from the {var} environment variable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>the first the server has</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ask the server which checkpoints it has</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>How closely the picture follows the words (CFG scale); 7 suits most models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Checkpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>CFG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Asking the server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Listing checkpoints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Could not list the checkpoints: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{n} checkpoints found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server has no checkpoint: put a Stable Diffusion model in its checkpoints folder, then Refresh.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImageViewer</name>
        <message>
            <location filename="../../studio/qt/image_viewer.py" line="+245" />
            <location line="+1" />
            <source>Picture</source>
            <translation>그림</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About the picture</source>
            <translation>그림 정보</translation>
        </message>
        <message>
            <location line="+1" />
            <source>◀ Previous</source>
            <translation>◀ 이전</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous picture</source>
            <translation>이전 그림</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next ▶</source>
            <translation>다음 ▶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next picture</source>
            <translation>다음 그림</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fit</source>
            <translation>맞추기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the whole picture</source>
            <translation>그림 전체 보기</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Zoom in</source>
            <translation>확대</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Zoom out</source>
            <translation>축소</translation>
        </message>
        <message>
            <location line="+1" />
            <source>More like this</source>
            <translation>이것과 비슷하게</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Put on page</source>
            <translation>페이지에 넣기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New character from this…</source>
            <translation>이 그림으로 새 캐릭터…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change it: e.g. "make his spines more golden"</source>
            <translation>바꿀 내용: 예) "가시를 더 금빛으로 해 줘"</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How to change the picture</source>
            <translation>그림을 바꿀 내용</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change picture</source>
            <translation>그림 바꾸기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paint the area to change</source>
            <translation>바꿀 부분 칠하기</translation>
        </message>
        <message>
            <location line="+1" />
            <source> px brush</source>
            <translation> px 붓</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brush size</source>
            <translation>붓 크기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear painting</source>
            <translation>칠한 부분 지우기</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{n} of {total}</source>
            <translation>{total}장 중 {n}번째</translation>
        </message>
        <message>
            <location line="-34" />
            <location line="+47" />
            <source>Picture #{id}</source>
            <translation>그림 #{id}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Showing a picture</source>
            <translation>그림 보여 주기</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Changing #{id}… it shows here when it is ready</source>
            <translation>#{id}을(를) 바꾸고 있어요… 다 되면 여기에 보여요</translation>
        </message>
    </context>
    <context>
        <name>JobsPane</name>
        <message>
            <location filename="../../studio/qt/jobs_pane.py" line="+39" />
            <source>#</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Picture</source>
            <translation type="unfinished">그림</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+68" />
            <source>step %1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LocalPicturesPage</name>
        <message>
            <location filename="../../studio/qt/local_pictures_settings.py" line="+16" />
            <source>Automatic1111 / Forge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Started with --api; its address is usually http://127.0.0.1:7860.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Use my own workflow…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Built-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Draw with the studio's own text-to-image and image-to-image graphs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Workflow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Pictures from a generator on your own computer cost nothing per picture. Choose it under “Pictures from” on the Connection page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>A ComfyUI workflow in API format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>ComfyUI workflow (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Built-in (text-to-image, image-to-image, inpainting)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>The studio fills in:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../studio/qt/main_window.py" line="+80" />
            <source>Opening the studio…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <location line="+172" />
            <source>Cast</source>
            <translation type="unfinished">등장인물</translation>
        </message>
        <message>
            <location line="-171" />
            <location line="+172" />
            <source>Pictures being made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-160" />
            <location line="+161" />
            <source>Add API key…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-123" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save &amp;As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Import Pictures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Import a &amp;Folder of Pictures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Book…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Stickers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Contact Sheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Selected &amp;Pictures as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Selected Pictures as &amp;JPEG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Insert Page Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>D&amp;uplicate Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Move Page &amp;Earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Move Page &amp;Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Spread View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Book &amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Illustrate the Book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Make Every Picture Print-&amp;Ready…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;pending…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Put Selected Picture on Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Previous Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Next Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;Large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;More Like This</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Draw Again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Draw Again &amp;in Shape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>St&amp;yles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Make Print-&amp;Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Compare Side by Side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>More Like &amp;These (Next Round)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Star</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add to &amp;Board…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Move to &amp;Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Find in Gallery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New &amp;Character from Picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Create: Chat and Pictures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Book: Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Getting Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;Sample Book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>&amp;About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+80" />
            <source>Closing the previous book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>{reason}

Open it read-only, to look at it and export it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Could not create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Could not open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Read-only: {why}. Save As… to work on a copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Could not reopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reopened the unsaved book. Save it to give it a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Open picture book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Saved — every change is saved as you go.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Save picture book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Could not save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Saved to {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>(read-only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>This book is read-only ({why}). File ▸ Save As… makes a copy you can work on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Save this picture book before closing it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+80" />
            <source>More like this</source>
            <translation type="unfinished">이것과 비슷하게</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Making a picture print-ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <location line="+43" />
            <location line="+22" />
            <location line="+4" />
            <location line="+72" />
            <location line="+266" />
            <source>Wait for the current reply to finish, or press Stop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-387" />
            <source>Every picture on the pages prints at 300 DPI or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Spending cap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Making pictures print-ready</source>
            <translation type="unfinished">그림을 인쇄용으로 만들기</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Drawing again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Changing a picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Usage the server reported for this book, priced with the table in Settings. Offline sketches cost nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Every page with words has a picture already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Illustrating the book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Getting ready to draw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Offline mode — {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{name} · {chat} · {image}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Key not stored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Closing the old connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Settings not saved: {e}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>{what} did not work: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Making the sample book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Pictures are still being made. Stop them and quit?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Stopping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>Select two to four pictures (Ctrl-click) to compare them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <location line="+8" />
            <source>More Like These</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-7" />
            <source>What is this concept called? Its rounds are boards named “… – round 2”, “… – round 3”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Drawing round {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Round {n}: the pictures land on the board “{board}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OfferCard</name>
        <message>
            <location filename="../../studio/qt/offer_card.py" line="+45" />
            <source>No thanks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Put picture #{id} on {where}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Replace the picture on {where} (#{old}) with #{id}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Replace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Put it there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>This book is read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Nothing on the page has changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Picture #{id} is on {where}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Left as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Done: {name}. Edit ▸ Undo takes it back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <location filename="../../studio/qt/storyboard/page_strip.py" line="+78" />
            <source>Book overview</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PageCanvas</name>
        <message>
            <location filename="../../studio/qt/storyboard/canvas.py" line="+89" />
            <source>Book page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Type the words for this page…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Page text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+59" />
            <source>Click a DPI badge to make that picture print-ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Outside safe area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Text does not fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not drawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Letters missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Soft in print · {dpi} DPI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Blurry · {dpi} DPI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+200" />
            <source>Move frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Resize frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Crop picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+73" />
            <source>Zoom picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Nudge frame</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Drag a picture here
from the gallery or the chat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Click to type the words…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Barcode area
kept white for the ISBN barcode</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PictureChip</name>
        <message>
            <location filename="../../studio/qt/picture_chip.py" line="+31" />
            <source>Don't refer to this picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove the picture from the message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>About picture #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Your next message is about this picture</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PictureSlot</name>
        <message>
            <location filename="../../studio/qt/chat_bubbles.py" line="-197" />
            <location line="+41" />
            <source>Waiting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-33" />
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Drawing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Not made.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintReadyRunner</name>
        <message>
            <location filename="../../studio/qt/print_ready.py" line="+35" />
            <source>One picture is being made print-ready already.</source>
            <translation>이미 그림 한 장을 인쇄용으로 만들고 있어요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Picture #{id} is on no page: put it on a page first.</source>
            <translation>그림 #{id}은(는) 어느 페이지에도 없어요. 먼저 페이지에 넣어 주세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Picture #{id} prints at {dpi} DPI already.</source>
            <translation>그림 #{id}은(는) 이미 {dpi} DPI로 인쇄돼요.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Making picture #{id} print-ready on this computer…</source>
            <translation>이 컴퓨터에서 그림 #{id}을(를) 인쇄용으로 만들고 있어요…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+58" />
            <source>Make print-ready</source>
            <translation>인쇄용으로 만들기</translation>
        </message>
        <message>
            <location line="-51" />
            <source>Making pictures print-ready</source>
            <translation>그림을 인쇄용으로 만들기</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Making picture {n} of {total} (#{id}) print-ready on this computer…</source>
            <translation>이 컴퓨터에서 그림 {total}장 중 {n}번째(#{id})를 인쇄용으로 만들고 있어요…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Make print-ready was cancelled; nothing more changed.</source>
            <translation>인쇄용으로 만들기를 취소했어요. 더 바뀐 것은 없어요.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make print-ready was cancelled; nothing changed.</source>
            <translation>인쇄용으로 만들기를 취소했어요. 바뀐 것은 없어요.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Picture #{old} printed at {before} DPI; #{new} prints at {after} DPI and is on its page. Edit ▸ Undo takes it back.</source>
            <translation>그림 #{old}은(는) {before} DPI로 인쇄됐어요. 이제 #{new}이(가) {after} DPI로 인쇄되고 페이지에 들어갔어요. 편집 ▸ 실행 취소로 되돌릴 수 있어요.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n picture(s) made print-ready; each is one step in Edit ▸ Undo.</source>
            <translation>
                <numerusform>그림 %n장을 인쇄용으로 만들었어요. 한 장마다 편집 ▸ 실행 취소의 한 단계예요.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Picture #{id} prints at {dpi} DPI in its frame; a printed book wants 300.</source>
            <translation>그림 #{id}은(는) 틀 안에서 {dpi} DPI로 인쇄돼요. 인쇄하는 책에는 300 DPI가 필요해요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Draw it again at {size} from itself: the same picture, sharp ({estimate}).
Or make it larger on this computer: free, softer, about half a minute.</source>
            <translation>이 그림을 바탕으로 {size} 크기로 다시 그리기: 같은 그림이 선명하게 나와요({estimate}).
또는 이 컴퓨터에서 크게 만들기: 무료지만 조금 흐릿하고, 30초쯤 걸려요.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draw it again</source>
            <translation>다시 그리기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Make it larger here</source>
            <translation>여기서 크게 만들기</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Draw {again} of them again at print size, each from itself: {estimate}. The other {rest} are made larger here.
Or make all of them larger on this computer: free, softer, about half a minute each.</source>
            <translation>그중 {again}장을 각각 그 그림을 바탕으로 인쇄 크기로 다시 그리기: {estimate}. 나머지 {rest}장은 여기서 크게 만들어요.
또는 모두 이 컴퓨터에서 크게 만들기: 무료지만 조금 흐릿하고, 한 장에 30초쯤 걸려요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Draw {again} of them again at print size, each from itself: {estimate}.
Or make all of them larger on this computer: free, softer, about half a minute each.</source>
            <translation>그중 {again}장을 각각 그 그림을 바탕으로 인쇄 크기로 다시 그리기: {estimate}.
또는 모두 이 컴퓨터에서 크게 만들기: 무료지만 조금 흐릿하고, 한 장에 30초쯤 걸려요.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Make every picture print-ready</source>
            <translation>모든 그림을 인쇄용으로 만들기</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n picture(s) print under 300 DPI on the pages.</source>
            <translation>
                <numerusform>페이지에서 300 DPI보다 낮게 인쇄되는 그림이 %n장 있어요.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draw them again</source>
            <translation>다시 그리기</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Make all larger here</source>
            <translation>모두 여기서 크게 만들기</translation>
        </message>
    </context>
    <context>
        <name>ProvenanceView</name>
        <message>
            <location filename="../../studio/qt/gallery/provenance_view.py" line="+24" />
            <source>Generated</source>
            <translation>생성함</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edited</source>
            <translation>고침</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Imported</source>
            <translation>가져옴</translation>
        </message>
        <message>
            <location line="+72" />
            <source>Copy Prompt</source>
            <translation>프롬프트 복사</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the prompt exactly as it was sent</source>
            <translation>보낸 그대로의 프롬프트를 복사해요</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the picture came from</source>
            <translation>그림의 출처</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>메모</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes: a comment on this picture, for you or a client. Searchable.</source>
            <translation>메모: 나나 의뢰인을 위한 이 그림에 대한 한마디. 검색할 수 있어요.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>(no prompt: {name})</source>
            <translation>(프롬프트 없음: {name})</translation>
        </message>
        <message>
            <location line="+16" />
            <source>You said</source>
            <translation>내가 한 말</translation>
        </message>
        <message>
            <location line="+2" />
            <source>File</source>
            <translation>파일</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Model</source>
            <translation>모델</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(asked for {size})</source>
            <translation>(요청한 크기 {size})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quality</source>
            <translation>품질</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Style</source>
            <translation>화풍</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Seed</source>
            <translation>시드</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Made</source>
            <translation>만든 때</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cost</source>
            <translation>비용</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Made from</source>
            <translation>바탕 그림</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drawn after</source>
            <translation>참고 그림</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chat</source>
            <translation>대화</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show the turn</source>
            <translation>그 대화 보기</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On pages</source>
            <translation>페이지</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Boards</source>
            <translation>보드</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In the trash</source>
            <translation>휴지통</translation>
        </message>
        <message>
            <location line="+0" />
            <source>since {when}</source>
            <translation>{when}부터</translation>
        </message>
    </context>
    <context>
        <name>RecoveryOffer</name>
        <message>
            <location filename="../../studio/qt/recovery_offer.py" line="+34" />
            <source>A picture book was not saved when {app} last closed:

{summary}

Reopen it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Reopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../studio/qt/settings_dialog.py" line="+39" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Offline (no network)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+7" />
            <source>OpenAI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-6" />
            <location line="+6" />
            <source>Azure OpenAI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-6" />
            <location line="+7" />
            <source>OpenAI-compatible server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>The same as the words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Offline sketches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>ComfyUI on my computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Automatic1111 / Forge on my computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Who draws: for a studio with no cloud at all, words from a local chat model and pictures from ComfyUI or Automatic1111 (Local pictures page).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Using the address from the OPENAI_BASE_URL environment variable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>As the model allows (known models), else standard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Standard sizes only (1024×1024, 1536×1024, 1024×1536)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Any size (like gpt-image-2): pages at print size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Pictures for the book's pages are asked for in their frame's shape at print size where the picture model takes any size. A server's own model may only take the standard sizes: choose that if its pictures fail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>List models from the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The longest you wait on a server that sends nothing (keep-alives do not count). A reply, or a picture, is given up once the server has been silent this long, and is not tried again; the rest of that turn's pictures are given up with it. A server that answers a picture only when it is finished must finish within this time: allow longer for a slow local server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>As the system ({language})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The language of menus, messages and the assistant's own words. It changes at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Words from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pictures from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Azure endpoint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Azure API version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Chat model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Image model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Picture sizes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Pictures at once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wait for a silent server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Local pictures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Spending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Pictures from OpenAI are paid for from your account, a few cents each. Before a batch of pictures is drawn, the studio shows what it will cost and waits for you to say Draw — unless it costs less than the amount below. It stops by itself when a book, or this computer in one day, reaches the most you allow here, so a child exploring, or a request that gets out of hand, can never run up a surprise bill. Offline sketches are always free. An amount of 0 turns that limit off. Book ▸ Spending… shows what was spent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Always ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Batches estimated under this are drawn without asking. 0: always ask.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>No cap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>The most one book may cost, everything in it counted. 0: no cap.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The most this computer spends in one day, every book together. 0: no cap.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Don't ask under</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Most for one book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Most in one day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Get a key at &lt;a href="https://platform.openai.com/api-keys"&gt;platform.openai.com/api-keys&lt;/a&gt; (sign in, then “Create new secret key”); pictures need a little credit on the account (Billing).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The key is on your Azure OpenAI resource in &lt;a href="https://portal.azure.com"&gt;portal.azure.com&lt;/a&gt;, under “Keys and Endpoint”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The server's own documentation says whether it needs a key; most servers on your own computer need none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Pictures are drawn on this computer: they cost nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{model} has no price in the price table, so the studio cannot say what a picture costs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>At these settings a picture costs about {each} ({model}, {size}, {quality} quality).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Using the key from the {var} environment variable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A key is stored in the system keychain. Type a new one to replace it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Stored in the system keychain, never in a file. Or set {var} in the environment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>Asking the server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Listing models</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Could not list the models: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{n} models found.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SpendingDialog</name>
        <message>
            <location filename="../../studio/qt/spending_dialog.py" line="+41" />
            <source>Spending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source> of {cap} a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source> (no daily cap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Today on this computer: {spent}{cap}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>cap {cap}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>no cap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>This book, “{name}”: {summary} ({cap}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Paid for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>Cost</source>
            <translation type="unfinished">비용</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>By day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>By book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nothing has been paid for on this computer yet. Offline sketches are free.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Export CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>(no book)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Export spending as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Not exported: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Wrote {n} rows to {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StickerDialog</name>
        <message>
            <location filename="../../studio/qt/stickers/sheet_dialog.py" line="+69" />
            <source>Sticker sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Add the cast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>as for all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Cricut Print Then Cut (6.75 × 9.25 in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Silhouette registration marks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Leaves out the flat background around the selected picture's subject. The picture itself is never changed: untick to put the background back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+151" />
            <source>Select a picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-145" />
            <source>Sheet </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Size for all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Size of the selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>White border</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Pictures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+193" />
            <source>Tick pictures to see the sheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-183" />
            <source>Save PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save Cricut PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save SVG cut paths…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save DXF for Silhouette…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The cut paths for Silhouette Studio's free edition, in millimetres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+243" />
            <source>Close</source>
            <translation type="unfinished">닫기</translation>
        </message>
        <message>
            <location line="-198" />
            <source>Picture #{id}</source>
            <translation type="unfinished">그림 #{id}</translation>
        </message>
        <message>
            <location line="+32" />
            <source>No one in the cast has a reference picture yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>Sticker background</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Could not read the picture: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>This picture is transparent already: there is no background to remove.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Sticker preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source> of {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>stickers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>stickers for Cricut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>sticker cut paths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save stickers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Making stickers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Making {n} stickers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Cancel</source>
            <translation type="unfinished">취소</translation>
        </message>
    </context>
    <context>
        <name>StoryboardPane</name>
        <message>
            <location filename="../../studio/qt/storyboard/pane.py" line="+90" />
            <source>Previous page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Next page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Spread</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show left and right pages side by side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The whole book at a glance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Add page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Page ▾</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Book…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Book settings: size, bleed, margins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+409" />
            <source>Illustrate the book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-408" />
            <source>Draw a picture for every page with words and no picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Page layout: where the picture and the words go on this page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Insert page before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add page after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Duplicate page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Move page earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Move page later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+93" />
            <source>{label} · {n} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>{page}: the picture was not made: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Showing the page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+197" />
            <source>Stop illustrating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Illustrating the book: {done} of {total} pages…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{n} pages illustrated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{n} not made (see the red badge on the page; click again to retry)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Retry failed pages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StyleEditor</name>
        <message>
            <location filename="../../studio/qt/styles_dialog.py" line="+96" />
            <source>Edit Style</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>New Style</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>e.g. House style</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The words added to every prompt: lines, colours, paper, light…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Add Selected Picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Keep it in my library for other books too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reference pictures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Drag pictures here from the gallery, or select one and add it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StylesDialog</name>
        <message>
            <location line="+22" />
            <source>Styles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Use in This Book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>A style's words go with every picture drawn in it, and its pictures as references. Pick one in the chat's style box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>{name} — in this book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{name} — in your library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+51" />
            <source>“{name}” is kept in this book (Edit ▸ Undo takes it back).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>“{name}” is kept in this book and in your library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Adding a style to the book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>“{name}” is now one of this book's styles; its pictures are in the gallery.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Taken out of this book (Edit ▸ Undo brings it back); your library keeps its copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Delete Style</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delete this style from your library? Books that use it keep their copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>{file} could not be deleted ({why}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Import a style</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Importing a style</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Export a style</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Saved as {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplateChooser</name>
        <message>
            <location filename="../../studio/qt/storyboard/template_chooser.py" line="+107" />
            <source>Page layout</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkDialog</name>
        <message>
            <location filename="../../studio/qt/background.py" line="+74" />
            <source>Cancelled: nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Wrote {files}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workspaces</name>
        <message>
            <location filename="../../studio/qt/workspaces.py" line="+30" />
            <source>Create — chat and pictures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Book — pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ask for pictures and stories, pick and name them (Ctrl+1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lay the pictures and words out on the pages (Ctrl+2)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WrittenMessage</name>
        <message>
            <location filename="../../studio/qt/output/destination.py" line="+110" />
            <source>Export finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Wrote “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Wrote {n} files in “{folder}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show in Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>No program on this computer opens “{name}”. It is in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No file manager could be opened. “{name}” is in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Could not open</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <location filename="../../studio/qt/spending_dialog.py" line="+42" />
            <source>Spending cap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>{n} pictures — the cost is unknown: this model has no price in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{n} pictures, about {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Draw the pictures?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Draw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancel</source>
            <translation type="unfinished">취소</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <location filename="../../studio/qt/app.py" line="+63" />
            <source>Could not make a new book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../studio/qt/help.py" line="+76" />
            <source>Getting Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>About {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>In the gallery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../studio/qt/sample.py" line="+36" />
            <source>Drawing the sample book’s pictures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation type="unfinished">취소</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sample book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Could not make the sample book</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
