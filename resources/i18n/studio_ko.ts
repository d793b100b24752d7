<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../studio/qt/app.py" line="+63"/>
        <source>Could not make a new book</source>
        <translation>새 책을 만들 수 없어요</translation>
    </message>
    <message>
        <location filename="../../studio/qt/language.py" line="+77"/>
        <source>Picture Book Studio</source>
        <translation>그림책 스튜디오</translation>
    </message>
</context>
<context>
    <name>BookSettingsDialog</name>
    <message>
        <location filename="../../studio/qt/storyboard/book_settings.py" line="+36"/>
        <source>Book Settings</source>
        <translation>책 설정</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom size</source>
        <translation>사용자 지정 크기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page width</source>
        <translation>페이지 너비</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page height</source>
        <translation>페이지 높이</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>0.125 in (US)</source>
        <translation>0.125인치 (미국)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 mm</source>
        <translation>3 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All four sides</source>
        <translation>네 면 모두</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print-on-demand interior (outside edge only)</source>
        <translation>주문형 인쇄 내지 (바깥쪽 가장자리만)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None chosen (export as made)</source>
        <translation>선택 안 함 (만든 그대로 내보내기)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Export dialog starts with this printer: the pages take its size and bleed when exported, and the file is checked against its rules.</source>
        <translation>내보내기 창이 이 인쇄소로 시작해요. 내보낼 때 페이지가 이 인쇄소의 크기와 도련을 따르고, 파일은 이 인쇄소의 규칙으로 점검돼요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trim size</source>
        <translation>재단 크기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bleed</source>
        <translation>도련</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bleed on</source>
        <translation>도련 위치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safe margin</source>
        <translation>안전 여백</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside margin (extra)</source>
        <translation>안쪽 여백 (추가)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed by</source>
        <translation>인쇄소</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changing the size lays every page out again; no picture or word is lost.</source>
        <translation>크기를 바꾸면 모든 페이지를 다시 배치해요. 그림이나 글은 하나도 사라지지 않아요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A few sentences for the back cover; they add a back-cover page.</source>
        <translation>뒤표지에 넣을 몇 문장을 적어 주세요. 뒤표지 페이지가 추가돼요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back cover words</source>
        <translation>뒤표지 글</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{note} The bleed above is for the screen and home printing.</source>
        <translation>{note} 위의 도련은 화면과 집에서 인쇄할 때 쓰여요.</translation>
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
        <location filename="../../studio/qt/output/booklet_preview.py" line="+48"/>
        <source>Booklet sheets, in printing order</source>
        <translation>소책자 종이, 인쇄 순서대로</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Booklet preview</source>
        <translation>소책자 미리 보기</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>front</source>
        <translation>앞면</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back</source>
        <translation>뒷면</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sheet {n}, {face}</source>
        <translation>{n}번 종이 {face}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>inside cover</source>
        <translation>표지 안쪽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blank</source>
        <translation>빈 페이지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>end page</source>
        <translation>마지막 페이지</translation>
    </message>
</context>
<context>
    <name>Bubble</name>
    <message>
        <location filename="../../studio/qt/chat_bubbles.py" line="+244"/>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draw again</source>
        <translation>다시 그리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw this prompt again (edit it first if you like); the arrow picks its shape</source>
        <translation>이 프롬프트로 다시 그려요(먼저 고쳐도 돼요). 화살표로 모양을 골라요</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{n}. {text}</source>
        <translation>{n}. {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dedication: {text}</source>
        <translation>헌사: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back cover: {text}</source>
        <translation>뒤표지: {text}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Make these pages in the book</source>
        <translation>이 내용으로 책에 페이지 만들기</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The pages are in the book (Edit ▸ Undo takes them back)</source>
        <translation>페이지가 책에 들어갔어요 (편집 ▸ 실행 취소로 되돌릴 수 있어요)</translation>
    </message>
</context>
<context>
    <name>CastPane</name>
    <message>
        <location filename="../../studio/qt/cast_pane.py" line="+121"/>
        <source>Cast</source>
        <translation>등장인물</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other names, comma separated (e.g. 래리)</source>
        <translation>다른 이름, 쉼표로 구분 (예: Larry)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they look like: species, colours, clothes, features.</source>
        <translation>생김새: 종, 색깔, 옷, 특징.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add selected picture</source>
        <translation>선택한 그림 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture picked last becomes one of this character&apos;s reference pictures</source>
        <translation>마지막으로 고른 그림이 이 캐릭터의 참고 그림이 돼요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove picture</source>
        <translation>그림 빼기</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>New character</source>
        <translation>새 캐릭터</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Remove character</source>
        <translation>캐릭터 삭제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also called</source>
        <translation>다른 이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks like</source>
        <translation>생김새</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pictures</source>
        <translation>참고 그림</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name a character in the chat (&quot;her name is Larry&quot;) or make one here. Every picture that mentions a character uses this description and these pictures.</source>
        <translation>대화에서 캐릭터에 이름을 붙이거나(&quot;이름은 래리야&quot;) 여기서 만드세요. 캐릭터가 나오는 그림마다 이 설명과 이 그림들을 써요.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Edit {name}</source>
        <translation>{name} 고치기</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New character {n}</source>
        <translation>새 캐릭터 {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add {name}</source>
        <translation>{name} 추가</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add a reference picture</source>
        <translation>참고 그림 추가</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove a reference picture</source>
        <translation>참고 그림 빼기</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove {name}</source>
        <translation>{name} 삭제</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <location filename="../../studio/qt/chat_pane.py" line="+218"/>
        <source>Add API key…</source>
        <translation>API 키 추가…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show earlier messages</source>
        <translation>이전 메시지 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>대화 내용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a picture or a story… (Enter sends, Shift+Enter for a new line)</source>
        <translation>그림이나 이야기를 부탁해 보세요… (Enter로 보내기, Shift+Enter로 줄 바꿈)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture style</source>
        <translation>그림 화풍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The style of the next pictures</source>
        <translation>다음에 그릴 그림의 화풍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture shape</source>
        <translation>그림 모양</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Auto (square unless you ask for a shape)</source>
        <translation>자동 (모양을 말하지 않으면 정사각형)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the message (Enter)</source>
        <translation>메시지 보내기 (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>멈추기</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&lt;b&gt;Chat&lt;/b&gt;</source>
        <translation>&lt;b&gt;대화&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stop the reply and the pictures not started yet</source>
        <translation>답변과 아직 시작하지 않은 그림을 멈춰요</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Offline mode ({reason}): pictures are placeholder sketches and stories are drafts.</source>
        <translation>오프라인 모드({reason}): 그림은 임시 스케치이고 이야기는 초안이에요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline mode (chosen in Settings): pictures are placeholder sketches and stories are drafts.</source>
        <translation>오프라인 모드(설정에서 선택함): 그림은 임시 스케치이고 이야기는 초안이에요.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This book is read-only ({why}). File ▸ Save As… makes a copy you can work on.</source>
        <translation>이 책은 읽기 전용이에요({why}). 파일 ▸ 다른 이름으로 저장…으로 작업할 수 있는 사본을 만들 수 있어요.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Picture shape: {shape} ({size} with {model}). It wins over a shape asked for in words.</source>
        <translation>그림 모양: {shape} ({model}로 {size}). 글로 부탁한 모양보다 이 설정이 우선해요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture shape: square unless you ask for another (&quot;make it landscape&quot;)</source>
        <translation>그림 모양: 다른 모양을 부탁하지 않으면 정사각형 (&quot;가로로 그려 줘&quot;)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Style: auto</source>
        <translation>화풍: 자동</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The assistant chooses, or none</source>
        <translation>도우미가 고르거나 화풍 없이 그려요</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} (from your library)</source>
        <translation>{name} (내 라이브러리에서)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage Styles…</source>
        <translation>화풍 관리…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adding a style to the book</source>
        <translation>책에 화풍 추가하기</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“{name}” is now one of this book&apos;s styles (Edit ▸ Undo takes it out).</source>
        <translation>“{name}” 화풍이 이 책에 들어왔어요 (편집 ▸ 실행 취소로 뺄 수 있어요).</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>That picture is already being made.</source>
        <translation>그 그림은 이미 그리고 있어요.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Showing a preview</source>
        <translation>미리 보기 표시</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Sending the message</source>
        <translation>메시지 보내기</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drawing again</source>
        <translation>다시 그리기</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Draw</source>
        <translation>그리기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{estimate}: drawing now (Settings ▸ Spending says when to ask first)</source>
        <translation>{estimate}: 지금 그려요 (먼저 물어볼 금액은 설정 ▸ 비용에서 정해요)</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../studio/qt/compare_view.py" line="+158"/>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Fit</source>
        <translation>맞추기</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Star (F)</source>
        <translation>별표 (F)</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Add to Board… (B)</source>
        <translation>보드에 추가… (B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← → choose a picture · F star · B board · M more like these · wheel or + − zoom all · drag to pan all · Esc closes</source>
        <translation>← → 그림 고르기 · F 별표 · B 보드 · M 이것들과 비슷하게 · 휠이나 + − 모두 확대/축소 · 끌어서 모두 이동 · Esc 닫기</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Showing a picture</source>
        <translation>그림 보여 주기</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Compare {ids}</source>
        <translation>비교 {ids}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Show the whole pictures (0)</source>
        <translation>그림 전체 보기 (0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (+)</source>
        <translation>확대 (+)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (−)</source>
        <translation>축소 (−)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>(this picture is gone)</source>
        <translation>(이 그림은 없어졌어요)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>More Like the {n} Starred (M)</source>
        <translation>별표한 {n}장과 비슷하게 (M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More Like This One (M)</source>
        <translation>이것과 비슷하게 (M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unstar (F)</source>
        <translation>별표 해제 (F)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New Board…</source>
        <translation>새 보드…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New Board</source>
        <translation>새 보드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new board:</source>
        <translation>새 보드의 이름:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boards</source>
        <translation>보드</translation>
    </message>
</context>
<context>
    <name>ContactSheetDialog</name>
    <message>
        <location filename="../../studio/qt/output/contact_sheet_dialog.py" line="+68"/>
        <source>Contact sheet</source>
        <translation>밀착 시트</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The book&apos;s pages</source>
        <translation>책의 페이지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A board</source>
        <translation>보드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures by number</source>
        <translation>번호로 고른 그림</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 1, 5, 9</source>
        <translation>예: 1, 5, 9</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Landscape</source>
        <translation>가로 방향</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. For Acme Books, round 2</source>
        <translation>예: 아크미 출판사 2차</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG, one per sheet</source>
        <translation>PNG, 시트마다 한 장</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>보여 줄 것</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board</source>
        <translation>보드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures</source>
        <translation>그림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panels a sheet</source>
        <translation>시트당 칸 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>종이</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client line</source>
        <translation>고객 문구</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>해상도</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first sheets, as they print</source>
        <translation>처음 몇 장, 인쇄될 모습 그대로</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Letter</source>
        <translation>레터</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tabloid (11 × 17 in)</source>
        <translation>타블로이드 (11 × 17인치)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{text}” is not a list of picture numbers such as 1, 5, 9.</source>
        <translation>“{text}”: 1, 5, 9 같은 그림 번호 목록이 아니에요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no boards yet: put pictures on a board in the gallery first.</source>
        <translation>아직 보드가 없어요. 먼저 갤러리에서 그림을 보드에 담아 주세요.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Contact sheet preview</source>
        <translation>밀착 시트 미리 보기</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sheet {n} of {total}</source>
        <translation>시트 {n} / {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n panel(s) on {sheets}.</source>
        <translation>
            <numerusform>{sheets}에 %n칸.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>시트 %n장</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export contact sheet</source>
        <translation>밀착 시트 내보내기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>contact sheet</source>
        <translation>밀착 시트</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting a contact sheet</source>
        <translation>밀착 시트 내보내기</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing {name}…</source>
        <translation>{name} 쓰는 중…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>닫기</translation>
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
        <location filename="../../studio/qt/gallery/details.py" line="+134"/>
        <location line="+43"/>
        <source>Click a picture to see it large.</source>
        <translation>그림을 누르면 크게 보여요.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Selected picture</source>
        <translation>선택한 그림</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags, separated by commas</source>
        <translation>태그(쉼표로 구분)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the picture</source>
        <translation>그림 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw Again</source>
        <translation>다시 그리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same prompt, style, size and quality, drawn again</source>
        <translation>같은 프롬프트, 화풍, 크기, 품질로 다시 그려요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More Like This</source>
        <translation>이것과 비슷하게</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Large…</source>
        <translation>크게 보기…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Compare Side by Side</source>
        <translation>나란히 비교</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>More Like These…</source>
        <translation>이것들과 비슷하게…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new round of pictures drawn from all of these, on a board of its own</source>
        <translation>이 그림들을 모두 바탕으로 새 라운드를 그려 따로 보드에 모아요</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&lt;b&gt;{n} pictures selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;그림 {n}장 선택됨&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare {n} Side by Side</source>
        <translation>{n}장 나란히 비교</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare shows up to {most} at once: Ctrl-click to leave some out.</source>
        <translation>비교는 한 번에 {most}장까지 보여요: Ctrl을 누른 채 클릭해 몇 장을 빼세요.</translation>
    </message>
</context>
<context>
    <name>Estimate</name>
    <message numerus="yes">
        <location filename="../../studio/qt/spending_dialog.py" line="+44"/>
        <source>%n picture(s) — the cost is unknown: this model has no price in Settings.</source>
        <translation>
            <numerusform>그림 %n장 — 비용을 알 수 없어요: 설정에 이 모델의 가격이 없어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n picture(s), about {amount}</source>
        <translation>
            <numerusform>그림 %n장, 약 {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../studio/qt/output/export_dialog.py" line="+63"/>
        <source>Export the book</source>
        <translation>책 내보내기</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make</source>
        <translation>만들 것</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the interior pages, trim plus bleed, for a print service</source>
        <translation>인쇄소에 보낼 내지 페이지, 재단 크기와 도련 포함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back, spine and front on one sheet</source>
        <translation>뒤표지, 책등, 앞표지를 한 장에</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one page per sheet on A4 or Letter</source>
        <translation>A4나 레터 용지 한 장에 한 페이지씩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fold and staple: two pages a side, double-sided</source>
        <translation>접어서 스테이플러로 찍어요: 한 면에 두 페이지, 양면 인쇄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a picture file of every page</source>
        <translation>페이지마다 그림 파일 하나씩</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} — {hint}</source>
        <translation>{kind} — {hint}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Letter</source>
        <translation>레터</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit to the sheet</source>
        <translation>종이에 맞추기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual size</source>
        <translation>실제 크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop marks (outside the bleed)</source>
        <translation>재단선 (도련 바깥쪽)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>As the book is made (no printer chosen)</source>
        <translation>선택 안 함 (만든 그대로 내보내기)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the file for the printer (preflight)</source>
        <translation>인쇄소 기준으로 파일 점검하기 (인쇄 전 점검)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer</source>
        <translation>인쇄소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>종이</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interior paper</source>
        <translation>내지 종이</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>해상도</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Before you print:</source>
        <translation>인쇄하기 전에:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before you print</source>
        <translation>인쇄하기 전에</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check again</source>
        <translation>다시 점검</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nothing to worry about: every picture is at least 300 DPI and all the words are inside the safe area.</source>
        <translation>걱정할 것이 없어요. 모든 그림이 300 DPI 이상이고 모든 글이 안전 영역 안에 있어요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder for the page images</source>
        <translation>페이지 그림을 저장할 폴더</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print-ready</source>
        <translation>인쇄용</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cover</source>
        <translation>표지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>home print</source>
        <translation>가정용 인쇄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booklet</source>
        <translation>소책자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+78"/>
        <location line="+8"/>
        <source>Exporting</source>
        <translation>내보내는 중</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Writing {name}…</source>
        <translation>{name} 쓰는 중…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking {name} for {target}…</source>
        <translation>{target} 기준으로 점검하고 있어요: {name}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check could not be made: {reason}</source>
        <translation>점검하지 못했어요: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Checked for {target}: %n problem(s) it would refuse the file for.</source>
        <translation>
            <numerusform>{target} 기준으로 점검했어요: 파일을 거절당할 문제가 %n개 있어요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked for {target}: it would take the file.</source>
        <translation>{target} 기준으로 점검했어요: 이 파일을 받아 줄 거예요.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>When the pictures are ready, press Check again.</source>
        <translation>그림이 준비되면 다시 점검을 누르세요.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>Filmstrip</name>
    <message>
        <location filename="../../studio/qt/storyboard/page_strip.py" line="+213"/>
        <source>Pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every page of the book; drag a page to move it</source>
        <translation>책의 모든 페이지예요. 페이지를 끌어서 옮길 수 있어요</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../studio/qt/gallery/filter_bar.py" line="+75"/>
        <source>Search prompts, names, tags, files…</source>
        <translation>프롬프트, 이름, 태그, 파일 검색…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the gallery</source>
        <translation>갤러리 검색</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More filters</source>
        <translation>필터 더 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by source, model, style and date</source>
        <translation>출처, 모델, 화풍, 날짜로 거르기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any source</source>
        <translation>모든 출처</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generated</source>
        <translation>생성한 그림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>고친 그림</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>가져온 그림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any model</source>
        <translation>모든 모델</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style</source>
        <translation>화풍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any style</source>
        <translation>모든 화풍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any time</source>
        <translation>모든 기간</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past 7 days</source>
        <translation>지난 7일</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Past 30 days</source>
        <translation>지난 30일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past year</source>
        <translation>지난 1년</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>When</source>
        <translation>언제</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>All pictures</source>
        <translation>모든 그림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ Favourites</source>
        <translation>★ 별표</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trash ({n})</source>
        <translation>휴지통 ({n})</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <location filename="../../studio/qt/output/findings_list.py" line="+27"/>
        <source>What the printer&apos;s check found</source>
        <translation>인쇄소 점검 결과</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✓ Ready for {target}: every rule passed.</source>
        <translation>✓ {target}에 보낼 준비가 됐어요: 모든 규칙을 통과했어요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Blocking: {target} would refuse the file.</source>
        <translation>차단: {target}에서 이 파일을 받지 않을 거예요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: it would print, not as it should.</source>
        <translation>경고: 인쇄는 되지만 의도한 대로 나오지 않을 거예요.</translation>
    </message>
</context>
<context>
    <name>FramePanel</name>
    <message>
        <location filename="../../studio/qt/storyboard/frame_panel.py" line="+72"/>
        <source>Click a frame on the page to change it.

Drag to move, drag the corner to resize, arrow keys nudge. Alt+drag moves a picture inside its frame; Ctrl+wheel zooms.</source>
        <translation>페이지의 틀을 클릭하면 바꿀 수 있어요.

끌면 옮기고, 모서리를 끌면 크기가 바뀌고, 화살표 키로 조금씩 움직여요. Alt+끌기는 틀 안에서 그림을 옮기고, Ctrl+휠은 확대해요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill (crop)</source>
        <translation>채우기 (자르기)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit (whole picture)</source>
        <translation>맞추기 (그림 전체)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Picture fit</source>
        <translation>그림 맞춤</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+4"/>
        <source>Zoom</source>
        <translation>확대</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Zoom picture</source>
        <translation>그림 확대</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Variants of this picture</source>
        <translation>이 그림의 변형</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the picture out</source>
        <translation>그림 빼기</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Variants (click to swap):</source>
        <translation>변형 (클릭하면 바꿔요):</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+57"/>
        <source>Font</source>
        <translation>글꼴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+54"/>
        <source>Bold</source>
        <translation>굵게</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Left</source>
        <translation>왼쪽</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Centre</source>
        <translation>가운데</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>오른쪽</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Alignment</source>
        <translation>정렬</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line spacing</source>
        <translation>줄 간격</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Band behind text</source>
        <translation>글 배경 띠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A translucent white band behind the words, for text over a picture</source>
        <translation>그림 위의 글이 잘 보이도록 글 뒤에 반투명한 흰 띠를 깔아요</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Text backing</source>
        <translation>글 배경</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align</source>
        <translation>정렬</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spacing</source>
        <translation>줄 간격</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>&lt;b&gt;Frame&lt;/b&gt;</source>
        <translation>&lt;b&gt;틀&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Picture frame&lt;/b&gt;</source>
        <translation>&lt;b&gt;그림 틀&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;Text frame&lt;/b&gt;</source>
        <translation>&lt;b&gt;글 상자&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+1"/>
        <location line="+122"/>
        <location line="+2"/>
        <source>Text colour</source>
        <translation>글자 색</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <location filename="../../studio/qt/gallery/model.py" line="+287"/>
        <source>Imported picture</source>
        <translation>가져온 그림</translation>
    </message>
</context>
<context>
    <name>GalleryPane</name>
    <message>
        <location filename="../../studio/qt/gallery/pane.py" line="+265"/>
        <source>Gallery</source>
        <translation>갤러리</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Thumbnail size</source>
        <translation>미리보기 크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&lt;b&gt;Gallery&lt;/b&gt;</source>
        <translation>&lt;b&gt;갤러리&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show all</source>
        <translation>모두 보기</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <location line="+241"/>
        <source>Move to Trash</source>
        <translation>휴지통으로 옮기기</translation>
    </message>
    <message>
        <location line="-267"/>
        <location line="+27"/>
        <source>Star</source>
        <translation>별표</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Paste Pictures</source>
        <translation>그림 붙여넣기</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n new picture(s) not shown here.</source>
        <translation>
            <numerusform>새 그림 %n장은 여기에 보이지 않아요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} in the trash</source>
        <translation>휴지통에 {n}장</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln picture(s)</source>
        <translation>
            <numerusform>그림 %Ln장</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Showing a picture</source>
        <translation>그림 보여 주기</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Boards</source>
        <translation>보드</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>New Board</source>
        <translation>새 보드</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Name of the new board:</source>
        <translation>새 보드의 이름:</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+5"/>
        <source>Rename Board</source>
        <translation>보드 이름 바꾸기</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Empty the Trash</source>
        <translation>휴지통 비우기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the picture in the trash for good? This cannot be undone; a page that shows it will have an empty frame.</source>
        <translation>휴지통에 있는 그림을 영구히 지울까요? 되돌릴 수 없어요. 이 그림을 보여 주던 페이지에는 빈 틀이 남아요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {n} pictures for good? This cannot be undone; pages that show one will have an empty frame.</source>
        <translation>그림 {n}장을 영구히 지울까요? 되돌릴 수 없어요. 이 그림들을 보여 주던 페이지에는 빈 틀이 남아요.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Compare Side by Side</source>
        <translation>나란히 비교</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More Like These…</source>
        <translation>이것들과 비슷하게…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Large</source>
        <translation>크게 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on Page</source>
        <translation>페이지에 넣기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More Like This</source>
        <translation>이것과 비슷하게</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw Again</source>
        <translation>다시 그리기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Character from Picture…</source>
        <translation>이 그림으로 새 캐릭터…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to Board</source>
        <translation>보드에 추가</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Board…</source>
        <translation>새 보드…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take Off This Board</source>
        <translation>이 보드에서 빼기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as PNG…</source>
        <translation>PNG로 내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as JPEG…</source>
        <translation>JPEG로 내보내기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put Back</source>
        <translation>되살리기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename Board…</source>
        <translation>보드 이름 바꾸기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Board</source>
        <translation>보드 삭제</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty the Trash…</source>
        <translation>휴지통 비우기…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Pictures…</source>
        <translation>그림 가져오기…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import pictures</source>
        <translation>그림 가져오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)</source>
        <translation>그림 (*.png *.jpg *.jpeg *.webp *.gif);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a folder of pictures</source>
        <translation>그림 폴더 가져오기</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pasted picture</source>
        <translation>붙여넣은 그림</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is no picture on the clipboard.</source>
        <translation>클립보드에 그림이 없어요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Wait for the current import to finish.</source>
        <translation>지금 가져오는 작업이 끝날 때까지 기다려 주세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking for pictures…</source>
        <translation>그림을 찾고 있어요…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing pictures</source>
        <translation>그림 가져오기</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing %v of %m</source>
        <translation>%m장 중 %v장 가져오는 중</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Imported %n picture(s).</source>
        <translation>
            <numerusform>그림 %n장을 가져왔어요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rest were not imported (cancelled).</source>
        <translation>나머지는 가져오지 않았어요(취소함).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} could not be used:</source>
        <translation>{n}개는 쓸 수 없었어요:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export pictures to</source>
        <translation>그림을 내보낼 폴더</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting pictures</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting %v of %m</source>
        <translation>%m장 중 %v장 내보내는 중</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export cancelled.</source>
        <translation>내보내기를 취소했어요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported {n} to {folder}.</source>
        <translation>{folder}에 {n}장을 내보냈어요.</translation>
    </message>
</context>
<context>
    <name>GeneratorBox</name>
    <message>
        <location filename="../../studio/qt/local_pictures_settings.py" line="+56"/>
        <source>Using the address from the {var} environment variable.</source>
        <translation>{var} 환경 변수의 주소를 쓰고 있어요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first the server has</source>
        <translation>서버에 있는 첫 번째 것</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the server which checkpoints it has</source>
        <translation>서버에 어떤 체크포인트가 있는지 물어봐요</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How closely the picture follows the words (CFG scale); 7 suits most models</source>
        <translation>그림이 글을 얼마나 충실히 따를지 (CFG 스케일). 대부분의 모델에는 7이 알맞아요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the checkpoint&apos;s name suggests</source>
        <translation>체크포인트 이름에 맞게</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{edge} × {edge} ({kind})</source>
        <translation>{edge} × {edge} ({kind})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size of the pictures drawn in the chat. A checkpoint draws best at the size it was trained at, and a smaller draft is much quicker on a computer without a graphics card. Pages for the book are drawn larger.</source>
        <translation>대화에서 그리는 그림의 크기예요. 체크포인트는 학습한 크기에서 가장 잘 그리고, 그래픽 카드가 없는 컴퓨터에서는 작은 초안이 훨씬 빨라요. 책 페이지의 그림은 더 크게 그려요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drafts</source>
        <translation>초안 크기</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n checkpoint(s) found.</source>
        <translation>
            <numerusform>체크포인트를 %n개 찾았어요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+29"/>
        <source>Checkpoint</source>
        <translation>체크포인트</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CFG</source>
        <translation>CFG</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Asking the server…</source>
        <translation>서버에 묻는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing checkpoints</source>
        <translation>체크포인트 목록 가져오기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not list the checkpoints: {reason}</source>
        <translation>체크포인트 목록을 가져올 수 없어요: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server has no checkpoint: put a Stable Diffusion model in its checkpoints folder, then Refresh.</source>
        <translation>서버에 체크포인트가 없어요. 서버의 checkpoints 폴더에 Stable Diffusion 모델을 넣은 다음 새로 고침을 누르세요.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../studio/qt/help.py" line="+33"/>
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
        <translation>그림을 누르면 크게 보여요. 그 그림을 만든 프롬프트도 함께 보여요. &lt;b&gt;이것과 비슷하게&lt;/b&gt;는 그 그림의 변형을 그리고, &lt;b&gt;다시 그리기&lt;/b&gt;는 같은 아이디어로 한 번 더 그려요. 마음에 드는 그림에는 별표를 주세요(Ctrl+Shift+F).</translation>
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
        <location line="+39"/>
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
        <location line="+16"/>
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
        <location filename="../../studio/qt/image_viewer.py" line="+246"/>
        <location line="+1"/>
        <source>Picture</source>
        <translation>그림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the picture</source>
        <translation>그림 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous picture</source>
        <translation>이전 그림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next picture</source>
        <translation>다음 그림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>맞추기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole picture</source>
        <translation>그림 전체 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More like this</source>
        <translation>이것과 비슷하게</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on page</source>
        <translation>페이지에 넣기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New character from this…</source>
        <translation>이 그림으로 새 캐릭터…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change it: e.g. &quot;make his spines more golden&quot;</source>
        <translation>바꿀 내용: 예) &quot;가시를 더 금빛으로 해 줘&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to change the picture</source>
        <translation>그림을 바꿀 내용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change picture</source>
        <translation>그림 바꾸기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paint the area to change</source>
        <translation>바꿀 부분 칠하기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> px brush</source>
        <translation> px 붓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush size</source>
        <translation>붓 크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear painting</source>
        <translation>칠한 부분 지우기</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} of {total}</source>
        <translation>{total}장 중 {n}번째</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+42"/>
        <source>Picture #{id}</source>
        <translation>그림 #{id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing a picture</source>
        <translation>그림 보여 주기</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Changing #{id}… it shows here when it is ready</source>
        <translation>#{id} 그림을 바꾸고 있어요… 다 되면 여기에 보여요</translation>
    </message>
</context>
<context>
    <name>JobsPane</name>
    <message>
        <location filename="../../studio/qt/jobs_pane.py" line="+30"/>
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
        <location line="+40"/>
        <source>Sent to the generator, which draws one picture at a time: this one waits its turn.</source>
        <translation>그림 생성기에 보냈어요. 한 번에 한 장씩 그리니 이 그림은 차례를 기다려요.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>begun; the generator has not said how many steps yet</source>
        <translation>그리기 시작했어요. 몇 단계인지는 아직 알려 주지 않았어요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
</context>
<context>
    <name>LengthBox</name>
    <message>
        <location filename="../../studio/qt/length_box.py" line="+23"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> in</source>
        <translation>인치</translation>
    </message>
</context>
<context>
    <name>LocalPicturesPage</name>
    <message>
        <location filename="../../studio/qt/local_pictures_settings.py" line="+17"/>
        <source>Automatic1111 / Forge</source>
        <translation>Automatic1111 / Forge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Started with --api; its address is usually http://127.0.0.1:7860.</source>
        <translation>--api 옵션으로 실행하세요. 주소는 보통 http://127.0.0.1:7860이에요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use my own workflow…</source>
        <translation>내 워크플로 사용…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in</source>
        <translation>기본 제공</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw with the studio&apos;s own text-to-image and image-to-image graphs</source>
        <translation>스튜디오에 들어 있는 텍스트→이미지, 이미지→이미지 그래프로 그려요</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Workflow</source>
        <translation>워크플로</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pictures from a generator on your own computer cost nothing per picture. Choose it under “Pictures from” on the Connection page.</source>
        <translation>내 컴퓨터의 생성기로 그린 그림은 비용이 들지 않아요. 연결 페이지의 “그림 만드는 곳”에서 고르세요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generators on this computer</source>
        <translation>이 컴퓨터의 생성기</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A ComfyUI workflow in API format</source>
        <translation>API 형식의 ComfyUI 워크플로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ComfyUI workflow (*.json)</source>
        <translation>ComfyUI 워크플로 (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Built-in (text-to-image, image-to-image, inpainting)</source>
        <translation>기본 제공 (텍스트→이미지, 이미지→이미지, 인페인팅)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The studio fills in:</source>
        <translation>스튜디오가 채우는 곳:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../studio/qt/main_window.py" line="+81"/>
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
        <location line="+183"/>
        <source>Cast</source>
        <translation>등장인물</translation>
    </message>
    <message>
        <location line="-182"/>
        <location line="+183"/>
        <source>Pictures being made</source>
        <translation>그리고 있는 그림</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+172"/>
        <source>Add API key…</source>
        <translation>API 키 추가…</translation>
    </message>
    <message>
        <location line="-126"/>
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
        <location line="+11"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+5"/>
        <source>&amp;Overview</source>
        <translation>전체 보기(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book &amp;Settings…</source>
        <translation>책 설정(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make Every Picture Print-&amp;Ready…</source>
        <translation>모든 그림을 인쇄용으로 만들기(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <translation>이것들과 비슷하게 (다음 라운드)(&amp;T)…</translation>
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
        <location line="+2"/>
        <source>&amp;Find in Gallery</source>
        <translation>갤러리에서 찾기(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+62"/>
        <source>No other recent books</source>
        <translation>최근에 연 다른 책이 없어요</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Closing the previous book</source>
        <translation>이전 책 닫기</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} is already open.</source>
        <translation>이미 열려 있어요: {name}</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+52"/>
        <source>Could not reopen</source>
        <translation>다시 열 수 없어요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened the unsaved book. Save it to give it a name.</source>
        <translation>저장하지 않은 책을 다시 열었어요. 저장해서 이름을 붙여 주세요.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="-314"/>
        <source>Spread &amp;View</source>
        <translation>펼침면 보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Illus&amp;trate the Book</source>
        <translation>책에 그림 넣기(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spendin&amp;g…</source>
        <translation>비용(&amp;G)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Move to Tras&amp;h</source>
        <translation>휴지통으로 이동(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Character from Picture</source>
        <translation>그림으로 새 캐릭터 만들기(&amp;N)</translation>
    </message>
    <message>
        <location line="+286"/>
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
        <location line="+269"/>
        <source>Wait for the current reply to finish, or press Stop.</source>
        <translation>지금 답이 끝날 때까지 기다리거나 멈추기를 누르세요.</translation>
    </message>
    <message>
        <location line="-391"/>
        <source>Every picture on the pages prints at 300 DPI or more.</source>
        <translation>페이지의 모든 그림이 300 DPI 이상으로 인쇄돼요.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Spending cap</source>
        <translation>비용 한도</translation>
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
        <location line="+11"/>
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
        <location filename="../../studio/qt/offer_card.py" line="+72"/>
        <source>No thanks</source>
        <translation>괜찮아요</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Put picture #{id} on {where}?</source>
        <translation>{where}에 #{id} 그림을 넣을까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the picture on {where} (#{old}) with #{id}?</source>
        <translation>{where}의 그림(#{old})을 #{id} 그림으로 바꿀까요?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put it there</source>
        <translation>거기에 넣기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This book is read-only.</source>
        <translation>이 책은 읽기 전용이에요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing on the page has changed.</source>
        <translation>페이지는 그대로예요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture #{id} is on {where}.</source>
        <translation>#{id} 그림은 {where}에 있어요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left as it was.</source>
        <translation>그대로 두었어요.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done: {name}. Edit ▸ Undo takes it back.</source>
        <translation>완료: {name}. 편집 ▸ 실행 취소로 되돌릴 수 있어요.</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../studio/qt/storyboard/page_strip.py" line="+82"/>
        <source>Book overview</source>
        <translation>책 한눈에 보기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book&apos;s spreads; double-click one to open it, drag one to move its pages</source>
        <translation>책의 펼침면이에요. 두 번 클릭하면 열리고, 끌면 그 페이지들을 옮겨요</translation>
    </message>
</context>
<context>
    <name>PageCanvas</name>
    <message>
        <location filename="../../studio/qt/storyboard/canvas.py" line="+117"/>
        <source>Book page</source>
        <translation>책 페이지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a frame to select it; arrow keys nudge it, Enter types in a text frame, Delete takes a picture out.</source>
        <translation>틀을 클릭하면 선택돼요. 화살표 키로 조금씩 옮기고, Enter로 글 상자에 입력하고, Delete로 그림을 빼요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the words for this page…</source>
        <translation>이 페이지의 글을 입력하세요…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page text</source>
        <translation>페이지 글</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Click a DPI badge to make that picture print-ready.</source>
        <translation>DPI 표시를 클릭하면 그 그림을 인쇄용으로 만들어요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outside safe area</source>
        <translation>안전 영역 밖</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text does not fit</source>
        <translation>글이 넘쳐요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not drawn</source>
        <translation>그리지 못함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters missing</source>
        <translation>글자 빠짐</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Soft in print · {dpi} DPI</source>
        <translation>조금 흐릿함 · {dpi} DPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blurry · {dpi} DPI</source>
        <translation>흐릿함 · {dpi} DPI</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Move frame</source>
        <translation>틀 옮기기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resize frame</source>
        <translation>틀 크기 바꾸기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crop picture</source>
        <translation>그림 자르기</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Zoom picture</source>
        <translation>그림 확대</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nudge frame</source>
        <translation>틀 조금 옮기기</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Drag a picture here
from the gallery or the chat</source>
        <translation>갤러리나 대화에서
그림을 여기로 끌어 오세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to type the words…</source>
        <translation>클릭해서 글을 입력하세요…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barcode area
kept white for the ISBN barcode</source>
        <translation>바코드 영역
ISBN 바코드를 위해 비워 둬요</translation>
    </message>
</context>
<context>
    <name>PictureChip</name>
    <message>
        <location filename="../../studio/qt/picture_chip.py" line="+44"/>
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
        <location filename="../../studio/qt/chat_bubbles.py" line="-221"/>
        <location line="+33"/>
        <source>Waiting…</source>
        <translation>기다리는 중…</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Stop</source>
        <translation>멈추기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop making this picture</source>
        <translation>이 그림 그리기를 멈춰요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try making this picture again</source>
        <translation>이 그림을 다시 그려 봐요</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Drawing…</source>
        <translation>그리는 중…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped.</source>
        <translation>멈췄어요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not made.</source>
        <translation>그리지 못했어요.</translation>
    </message>
</context>
<context>
    <name>PrintReadyRunner</name>
    <message>
        <location filename="../../studio/qt/print_ready.py" line="+37"/>
        <source>One picture is being made print-ready already.</source>
        <translation>이미 그림 한 장을 인쇄용으로 만들고 있어요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Picture #{id} is on no page: put it on a page first.</source>
        <translation>#{id} 그림은 어느 페이지에도 없어요. 먼저 페이지에 넣어 주세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture #{id} prints at {dpi} DPI already.</source>
        <translation>#{id} 그림은 이미 {dpi} DPI로 인쇄돼요.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Making picture #{id} print-ready on this computer…</source>
        <translation>이 컴퓨터에서 #{id} 그림을 인쇄용으로 만들고 있어요…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+62"/>
        <source>Make print-ready</source>
        <translation>인쇄용으로 만들기</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Making pictures print-ready</source>
        <translation>그림을 인쇄용으로 만들기</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Making picture {n} of {total} (#{id}) print-ready on this computer…</source>
        <translation>이 컴퓨터에서 그림 {total}장 중 {n}번째(#{id})를 인쇄용으로 만들고 있어요…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make print-ready was cancelled; nothing more changed.</source>
        <translation>인쇄용으로 만들기를 취소했어요. 더 바뀐 것은 없어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make print-ready was cancelled; nothing changed.</source>
        <translation>인쇄용으로 만들기를 취소했어요. 바뀐 것은 없어요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Picture #{old} printed at {before} DPI; #{new} prints at {after} DPI and is on its page. Edit ▸ Undo takes it back.</source>
        <translation>#{old} 그림은 {before} DPI로 인쇄됐어요. 이제 #{new} 그림이 {after} DPI로 인쇄되고 페이지에 들어갔어요. 편집 ▸ 실행 취소로 되돌릴 수 있어요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That is as large as a picture is made here ({factor}× at most): for a printed book, use a larger original or make the frame smaller.</source>
        <translation>여기서 만들 수 있는 가장 큰 크기예요(최대 {factor}배). 인쇄할 책이라면 더 큰 원본을 쓰거나 틀을 작게 하세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n picture(s) made print-ready; each is one step in Edit ▸ Undo.</source>
        <translation>
            <numerusform>그림 %n장을 인쇄용으로 만들었어요. 한 장마다 편집 ▸ 실행 취소의 한 단계예요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Picture #{id} prints at {dpi} DPI in its frame; a printed book wants 300.</source>
        <translation>#{id} 그림은 틀 안에서 {dpi} DPI로 인쇄돼요. 인쇄하는 책에는 300 DPI가 필요해요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw it again at {size} from itself: the same picture, sharp ({estimate}).
Or make it larger on this computer: free, softer, about half a minute.</source>
        <translation>이 그림을 바탕으로 {size} 크기로 다시 그리기: 같은 그림이 선명하게 나와요({estimate}).
또는 이 컴퓨터에서 크게 만들기: 무료지만 조금 흐릿하고, 30초쯤 걸려요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw it again</source>
        <translation>다시 그리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make it larger here</source>
        <translation>여기서 크게 만들기</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draw {again} of them again at print size, each from itself: {estimate}. The other {rest} are made larger here.
Or make all of them larger on this computer: free, softer, about half a minute each.</source>
        <translation>그중 {again}장을 각각 그 그림을 바탕으로 인쇄 크기로 다시 그리기: {estimate}. 나머지 {rest}장은 여기서 크게 만들어요.
또는 모두 이 컴퓨터에서 크게 만들기: 무료지만 조금 흐릿하고, 한 장에 30초쯤 걸려요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw {again} of them again at print size, each from itself: {estimate}.
Or make all of them larger on this computer: free, softer, about half a minute each.</source>
        <translation>그중 {again}장을 각각 그 그림을 바탕으로 인쇄 크기로 다시 그리기: {estimate}.
또는 모두 이 컴퓨터에서 크게 만들기: 무료지만 조금 흐릿하고, 한 장에 30초쯤 걸려요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make every picture print-ready</source>
        <translation>모든 그림을 인쇄용으로 만들기</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n picture(s) print under 300 DPI on the pages.</source>
        <translation>
            <numerusform>페이지에서 300 DPI보다 낮게 인쇄되는 그림이 %n장 있어요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw them again</source>
        <translation>다시 그리기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make all larger here</source>
        <translation>모두 여기서 크게 만들기</translation>
    </message>
</context>
<context>
    <name>ProvenanceView</name>
    <message>
        <location filename="../../studio/qt/gallery/provenance_view.py" line="+25"/>
        <source>Generated</source>
        <translation>생성</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>고침</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Copy Prompt</source>
        <translation>프롬프트 복사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the prompt exactly as it was sent</source>
        <translation>보낸 그대로의 프롬프트를 복사해요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the picture came from</source>
        <translation>그림의 출처</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes: a comment on this picture, for you or a client. Searchable.</source>
        <translation>메모: 나나 의뢰인이 볼 이 그림 설명이에요. 검색할 수 있어요.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(no prompt: {name})</source>
        <translation>(프롬프트 없음: {name})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You said</source>
        <translation>내가 한 말</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(asked for {size})</source>
        <translation>(요청한 크기 {size})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>품질</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Style</source>
        <translation>화풍</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>만든 때</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made from</source>
        <translation>바탕 그림</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawn after</source>
        <translation>참고 그림</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chat</source>
        <translation>대화</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the turn</source>
        <translation>그 대화 보기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On pages</source>
        <translation>페이지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boards</source>
        <translation>보드</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the trash</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>since {when}</source>
        <translation>{when}부터</translation>
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
        <translation>설정</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline (no network)</source>
        <translation>오프라인 (네트워크 없음)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>OpenAI-compatible server</source>
        <translation>OpenAI 호환 서버</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The same as the words</source>
        <translation>글과 같은 곳</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline sketches</source>
        <translation>오프라인 스케치</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ComfyUI on my computer</source>
        <translation>내 컴퓨터의 ComfyUI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic1111 / Forge on my computer</source>
        <translation>내 컴퓨터의 Automatic1111 / Forge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who draws: for a studio with no cloud at all, words from a local chat model and pictures from ComfyUI or Automatic1111 (Local pictures page).</source>
        <translation>그림을 그리는 곳: 클라우드 없이 쓰려면 글은 로컬 대화 모델에서, 그림은 ComfyUI나 Automatic1111에서 가져오세요 (로컬 그림 페이지).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Using the address from the OPENAI_BASE_URL environment variable.</source>
        <translation>OPENAI_BASE_URL 환경 변수의 주소를 쓰고 있어요.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>As the model allows (known models), else standard</source>
        <translation>모델에 맞는 크기 (모르는 모델은 표준 크기)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard sizes only (1024×1024, 1536×1024, 1024×1536)</source>
        <translation>표준 크기만 (1024×1024, 1536×1024, 1024×1536)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any size (like gpt-image-2): pages at print size</source>
        <translation>모든 크기 (gpt-image-2처럼): 페이지를 인쇄 크기로</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pictures for the book&apos;s pages are asked for in their frame&apos;s shape at print size where the picture model takes any size. A server&apos;s own model may only take the standard sizes: choose that if its pictures fail.</source>
        <translation>그림 모델이 모든 크기를 받으면 책 페이지의 그림은 그림 틀 모양대로 인쇄 크기로 요청해요. 서버 자체 모델은 표준 크기만 받을 수 있으니, 그림이 실패하면 표준 크기를 고르세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List models from the server</source>
        <translation>서버에서 모델 목록 가져오기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The longest you wait on a server that sends nothing (keep-alives do not count). A reply, or a picture, is given up once the server has been silent this long, and is not tried again; the rest of that turn&apos;s pictures are given up with it. A server that answers a picture only when it is finished must finish within this time: allow longer for a slow local server.</source>
        <translation>아무것도 보내지 않는 서버를 기다리는 최대 시간이에요 (연결 유지 신호는 치지 않아요). 서버가 이만큼 조용하면 답변이나 그림을 포기하고 다시 시도하지 않으며, 그 차례의 나머지 그림도 함께 포기해요. 그림이 다 그려졌을 때만 답하는 서버는 이 시간 안에 끝내야 하니, 느린 로컬 서버라면 더 길게 잡으세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the system ({language})</source>
        <translation>시스템 설정대로 ({language})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of menus, messages and the assistant&apos;s own words. It changes at once.</source>
        <translation>메뉴, 메시지, 도우미가 쓰는 말의 언어예요. 바로 바뀌어요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the language has them (mm in 한국어, inches in English)</source>
        <translation>언어에 맞게 (한국어는 mm, English는 인치)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inches</source>
        <translation>인치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Millimetres</source>
        <translation>밀리미터(mm)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How page sizes, margins and sticker sizes are shown. The book is the same either way.</source>
        <translation>페이지 크기, 여백, 스티커 크기를 어떤 단위로 보여 줄지 정해요. 책은 어느 쪽이든 같아요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lengths</source>
        <translation>길이 단위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words from</source>
        <translation>글 만드는 곳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures from</source>
        <translation>그림 만드는 곳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure endpoint</source>
        <translation>Azure 엔드포인트</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure API version</source>
        <translation>Azure API 버전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat model</source>
        <translation>대화 모델</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image model</source>
        <translation>그림 모델</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picture sizes</source>
        <translation>그림 크기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures at once</source>
        <translation>동시에 그릴 그림 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for a silent server</source>
        <translation>응답 없는 서버 대기 시간</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settings pages</source>
        <translation>설정 페이지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local pictures</source>
        <translation>로컬 그림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spending</source>
        <translation>비용</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Pictures from OpenAI are paid for from your account, a few cents each. Before a batch of pictures is drawn, the studio shows what it will cost and waits for you to say Draw — unless it costs less than the amount below. It stops by itself when a book, or this computer in one day, reaches the most you allow here, so a child exploring, or a request that gets out of hand, can never run up a surprise bill. Offline sketches are always free. An amount of 0 turns that limit off. Book ▸ Spending… shows what was spent.</source>
        <translation>OpenAI의 그림은 내 계정에서 한 장에 몇 센트씩 비용이 나가요. 그림을 여러 장 그리기 전에 스튜디오가 예상 비용을 보여 주고, 그리기를 누를 때까지 기다려요 — 아래 금액보다 적게 드는 경우는 빼고요. 책 한 권이나 이 컴퓨터의 하루 비용이 여기서 허용한 한도에 닿으면 스스로 멈추기 때문에, 아이가 이것저것 해 보거나 요청이 지나치게 커져도 뜻밖의 청구서가 나오지 않아요. 오프라인 스케치는 언제나 무료예요. 금액을 0으로 하면 그 한도는 꺼져요. 책 ▸ 비용…에서 쓴 비용을 볼 수 있어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always ask</source>
        <translation>항상 묻기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batches estimated under this are drawn without asking. 0: always ask.</source>
        <translation>예상 비용이 이보다 적으면 묻지 않고 그려요. 0: 항상 묻기.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>No cap</source>
        <translation>한도 없음</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The most one book may cost, everything in it counted. 0: no cap.</source>
        <translation>책 한 권에 쓸 수 있는 최대 비용이에요 (책 안의 모든 것 포함). 0: 한도 없음.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The most this computer spends in one day, every book together. 0: no cap.</source>
        <translation>이 컴퓨터가 하루에 쓸 수 있는 최대 비용이에요 (모든 책 합계). 0: 한도 없음.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Don&apos;t ask under</source>
        <translation>확인 없이 그리는 금액</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most for one book</source>
        <translation>책 한 권 한도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most in one day</source>
        <translation>하루 한도</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Get a key at &lt;a href=&quot;https://platform.openai.com/api-keys&quot;&gt;platform.openai.com/api-keys&lt;/a&gt; (sign in, then “Create new secret key”); pictures need a little credit on the account (Billing).</source>
        <translation>&lt;a href=&quot;https://platform.openai.com/api-keys&quot;&gt;platform.openai.com/api-keys&lt;/a&gt;에서 키를 받으세요 (로그인한 다음 “Create new secret key”). 그림을 그리려면 계정에 크레딧이 조금 있어야 해요 (Billing).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is on your Azure OpenAI resource in &lt;a href=&quot;https://portal.azure.com&quot;&gt;portal.azure.com&lt;/a&gt;, under “Keys and Endpoint”.</source>
        <translation>키는 &lt;a href=&quot;https://portal.azure.com&quot;&gt;portal.azure.com&lt;/a&gt;의 Azure OpenAI 리소스에서 “Keys and Endpoint” 아래에 있어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s own documentation says whether it needs a key; most servers on your own computer need none.</source>
        <translation>키가 필요한지는 서버 문서에 나와 있어요. 내 컴퓨터에서 돌아가는 서버는 대부분 키가 필요 없어요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>high</source>
        <translation>높음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>medium</source>
        <translation>보통</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pictures are drawn on this computer: they cost nothing.</source>
        <translation>그림을 이 컴퓨터에서 그려요: 비용이 들지 않아요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} has no price in the price table, so the studio cannot say what a picture costs.</source>
        <translation>가격표에 {model} 모델이 없어서 그림 한 장의 비용을 알려 드릴 수 없어요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At these settings a picture costs about {each} ({model}, {size}, {quality} quality).</source>
        <translation>이 설정이면 그림 한 장에 약 {each}이 들어요 ({model}, {size}, 품질 {quality}).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Using the key from the {var} environment variable.</source>
        <translation>{var} 환경 변수의 키를 쓰고 있어요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key is stored in the system keychain. Type a new one to replace it.</source>
        <translation>시스템 키체인에 키가 저장되어 있어요. 바꾸려면 새 키를 입력하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored in the system keychain, never in a file. Or set {var} in the environment.</source>
        <translation>파일이 아니라 시스템 키체인에 저장돼요. {var} 환경 변수를 설정해도 돼요.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Asking the server…</source>
        <translation>서버에 묻는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing models</source>
        <translation>모델 목록 가져오기</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not list the models: {reason}</source>
        <translation>모델 목록을 가져올 수 없어요: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n model(s) found.</source>
        <translation>
            <numerusform>모델을 %n개 찾았어요.</numerusform>
        </translation>
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
        <location filename="../../studio/qt/spending_dialog.py" line="+11"/>
        <source>Spending</source>
        <translation>비용</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today on this computer: {spent} of {cap} a day.</source>
        <translation>오늘 이 컴퓨터에서: 하루 한도 {cap} 중 {spent}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today on this computer: {spent} (no daily cap).</source>
        <translation>오늘 이 컴퓨터에서: {spent} (하루 한도 없음).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This book, “{name}”: {summary} (cap {cap}).</source>
        <translation>이 책 “{name}”: {summary} (한도 {cap}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This book, “{name}”: {summary} (no cap).</source>
        <translation>이 책 “{name}”: {summary} (한도 없음).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Paid for</source>
        <translation>결제한 그림</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Book</source>
        <translation>책</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending by day or by book</source>
        <translation>날짜별 또는 책별 비용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By day</source>
        <translation>날짜별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By book</source>
        <translation>책별</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spending by day</source>
        <translation>날짜별 비용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spending by book</source>
        <translation>책별 비용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been paid for on this computer yet. Offline sketches are free.</source>
        <translation>이 컴퓨터에서 아직 결제한 것이 없어요. 오프라인 스케치는 무료예요.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no book)</source>
        <translation>(책 없음)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export spending as CSV</source>
        <translation>비용을 CSV로 내보내기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not exported: {reason}</source>
        <translation>내보내지 못했어요: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrote %n row(s) to {path}</source>
        <translation>
            <numerusform>{path}에 %n줄을 저장했어요</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Spending cap</source>
        <translation>비용 한도</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draw the pictures?</source>
        <translation>그림을 그릴까요?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw</source>
        <translation>그리기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Starters</name>
    <message>
        <location filename="../../studio/qt/starters.py" line="+15"/>
        <source>What does a super-duper sunflower hedgehog look like?</source>
        <translation>슈퍼 울트라 해바라기 고슴도치는 어떻게 생겼을까?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell a bedtime story about a little cloud who is afraid of thunder</source>
        <translation>천둥을 무서워하는 작은 구름에 대한 잠자리 동화를 들려줘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a sticker of a smiling strawberry</source>
        <translation>웃고 있는 딸기 스티커를 만들어 줘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw four robot barista concepts</source>
        <translation>로봇 바리스타 콘셉트 네 가지를 그려 줘</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not sure where to start? Try one of these:</source>
        <translation>무엇부터 할지 모르겠다면 이렇게 물어보세요:</translation>
    </message>
</context>
<context>
    <name>StickerDialog</name>
    <message>
        <location filename="../../studio/qt/stickers/sheet_dialog.py" line="+72"/>
        <source>Sticker sheet</source>
        <translation>스티커 시트</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pictures for stickers</source>
        <translation>스티커로 만들 그림</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the cast</source>
        <translation>등장인물 추가</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as for all</source>
        <translation>전체와 같게</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter</source>
        <translation>레터</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cricut Print Then Cut ({size})</source>
        <translation>Cricut Print Then Cut ({size})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Silhouette registration marks</source>
        <translation>Silhouette 정렬 표시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove background</source>
        <translation>배경 지우기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leaves out the flat background around the selected picture&apos;s subject. The picture itself is never changed: untick to put the background back.</source>
        <translation>선택한 그림의 주인공 둘레에 있는 단색 배경을 빼요. 그림 자체는 바뀌지 않아요. 체크를 풀면 배경이 돌아와요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+164"/>
        <source>Select a picture</source>
        <translation>그림을 선택하세요</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>The selected sticker, as it keeps its background</source>
        <translation>선택한 스티커, 배경을 남긴 모습</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet </source>
        <translation>시트 </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size for all</source>
        <translation>전체 크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of the selected</source>
        <translation>선택한 그림 크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White border</source>
        <translation>흰 테두리</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Background</source>
        <translation>배경</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures</source>
        <translation>그림</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+202"/>
        <source>Tick pictures to see the sheet.</source>
        <translation>그림에 체크하면 시트가 보여요.</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>The sticker sheet, as it prints</source>
        <translation>스티커 시트, 인쇄될 모습 그대로</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save PDF…</source>
        <translation>PDF 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Cricut PNG…</source>
        <translation>Cricut PNG 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save SVG cut paths…</source>
        <translation>SVG 칼선 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save DXF for Silhouette…</source>
        <translation>Silhouette용 DXF 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cut paths for Silhouette Studio&apos;s free edition, in millimetres</source>
        <translation>Silhouette Studio 무료판에서 쓰는 칼선, 밀리미터 단위</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+255"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Picture #{id}</source>
        <translation>그림 #{id}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No one in the cast has a reference picture yet.</source>
        <translation>등장인물 중에 아직 참고 그림이 있는 캐릭터가 없어요.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Sticker background</source>
        <translation>스티커 배경</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the picture: {reason}</source>
        <translation>그림을 읽을 수 없어요: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This picture is transparent already: there is no background to remove.</source>
        <translation>이 그림은 이미 배경이 투명해서 지울 배경이 없어요.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Sticker preview</source>
        <translation>스티커 미리 보기</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> of {n}</source>
        <translation> / {n}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stickers</source>
        <translation>스티커</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stickers for Cricut</source>
        <translation>Cricut용 스티커</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>sticker cut paths</source>
        <translation>스티커 칼선</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save stickers</source>
        <translation>스티커 저장</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making stickers</source>
        <translation>스티커 만들기</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Making %n sticker(s)…</source>
        <translation>
            <numerusform>스티커 %n개를 만들고 있어요…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>StoryboardPane</name>
    <message>
        <location filename="../../studio/qt/storyboard/pane.py" line="+164"/>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>이전 페이지</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next page</source>
        <translation>다음 페이지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread</source>
        <translation>펼침면</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show left and right pages side by side</source>
        <translation>왼쪽과 오른쪽 페이지를 나란히 보여요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>한눈에 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole book at a glance</source>
        <translation>책 전체를 한눈에 봐요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add page</source>
        <translation>페이지 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page ▾</source>
        <translation>페이지 ▾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page menu</source>
        <translation>페이지 메뉴</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book…</source>
        <translation>책…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book settings: size, bleed, margins</source>
        <translation>책 설정: 크기, 도련, 여백</translation>
    </message>
    <message>
        <location line="+393"/>
        <source>Illustrate the book</source>
        <translation>책에 그림 넣기</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n page(s) illustrated.</source>
        <translation>
            <numerusform>%n페이지에 그림을 그렸어요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not made: see the red badge on the page; click again to retry.</source>
        <translation>
            <numerusform>%n페이지는 만들지 못했어요. 페이지의 빨간 표시를 보고, 다시 누르면 다시 시도해요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped.</source>
        <translation>멈췄어요.</translation>
    </message>
    <message>
        <location line="-400"/>
        <source>Draw a picture for every page with words and no picture</source>
        <translation>글은 있고 그림이 없는 모든 페이지에 그림을 그려요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page layout: where the picture and the words go on this page</source>
        <translation>페이지 배치: 이 페이지에서 그림과 글이 놓일 자리</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Insert page before</source>
        <translation>앞에 페이지 넣기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add page after</source>
        <translation>뒤에 페이지 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate page</source>
        <translation>페이지 복제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete page</source>
        <translation>페이지 삭제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move page earlier</source>
        <translation>페이지 앞으로 옮기기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move page later</source>
        <translation>페이지 뒤로 옮기기</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>{label} · {n} of {total}</source>
        <translation>{label} · {n} / {total}</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+108"/>
        <source>No pages</source>
        <translation>페이지 없음</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{page}: the picture was not made: {why}</source>
        <translation>{page}: 그림을 만들지 못했어요: {why}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Showing the page</source>
        <translation>페이지 보여 주기</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>Stop illustrating</source>
        <translation>그림 그리기 멈추기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Illustrating the book: {done} of {total} pages…</source>
        <translation>책에 그림을 그리고 있어요: {total}페이지 중 {done}페이지…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry failed pages</source>
        <translation>실패한 페이지 다시 시도</translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <location filename="../../studio/qt/styles_dialog.py" line="+96"/>
        <source>Edit Style</source>
        <translation>화풍 편집</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Style</source>
        <translation>새 화풍</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. House style</source>
        <translation>예: 우리 집 화풍</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The words added to every prompt: lines, colours, paper, light…</source>
        <translation>모든 프롬프트에 덧붙일 말: 선, 색, 종이, 빛…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add Selected Picture</source>
        <translation>선택한 그림 추가</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it in my library for other books too</source>
        <translation>다른 책에서도 쓰도록 내 라이브러리에 보관하기</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passage</source>
        <translation>문구</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Reference pictures</source>
        <translation>참고 그림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag pictures here from the gallery, or select one and add it.</source>
        <translation>갤러리에서 그림을 여기로 끌어 오거나, 그림을 선택해서 추가하세요.</translation>
    </message>
</context>
<context>
    <name>StylesDialog</name>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Styles</source>
        <translation>화풍</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New…</source>
        <translation>새로 만들기…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use in This Book</source>
        <translation>이 책에서 쓰기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A style&apos;s words go with every picture drawn in it, and its pictures as references. Pick one in the chat&apos;s style box.</source>
        <translation>화풍의 문구는 그 화풍으로 그리는 모든 그림에 함께 가고, 화풍의 그림은 참고 그림으로 쓰여요. 대화 창의 화풍 상자에서 고르세요.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} — in this book</source>
        <translation>{name} — 이 책에 있음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} — in your library</source>
        <translation>{name} — 내 라이브러리에 있음</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“{name}” is kept in this book (Edit ▸ Undo takes it back).</source>
        <translation>“{name}” 화풍을 이 책에 보관했어요 (편집 ▸ 실행 취소로 되돌릴 수 있어요).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{name}” is kept in this book and in your library.</source>
        <translation>“{name}” 화풍을 이 책과 내 라이브러리에 보관했어요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding a style to the book</source>
        <translation>책에 화풍 추가하기</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{name}” is now one of this book&apos;s styles; its pictures are in the gallery.</source>
        <translation>“{name}” 화풍이 이 책에 들어왔어요. 화풍의 그림은 갤러리에 있어요.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Taken out of this book (Edit ▸ Undo brings it back); your library keeps its copy.</source>
        <translation>이 책에서 뺐어요 (편집 ▸ 실행 취소로 되돌릴 수 있어요). 내 라이브러리에는 사본이 남아 있어요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete Style</source>
        <translation>화풍 삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this style from your library? Books that use it keep their copy.</source>
        <translation>이 화풍을 내 라이브러리에서 삭제할까요? 이 화풍을 쓰는 책에는 사본이 남아요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{file} could not be deleted ({why}).</source>
        <translation>{file} 파일을 삭제할 수 없어요 ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import a style</source>
        <translation>화풍 가져오기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Picture Book Studio style (*.pbstyle)</source>
        <translation>Picture Book Studio 화풍 (*.pbstyle)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing a style</source>
        <translation>화풍 가져오기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export a style</source>
        <translation>화풍 내보내기</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved as {path}.</source>
        <translation>저장했어요: {path}.</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <location filename="../../studio/qt/storyboard/template_chooser.py" line="+118"/>
        <source>Page layout</source>
        <translation>페이지 배치</translation>
    </message>
</context>
<context>
    <name>TranscriptScroll</name>
    <message>
        <location filename="../../studio/qt/transcript_scroll.py" line="+20"/>
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
        <translation>저장했어요: {files}.</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <location filename="../../studio/qt/workspaces.py" line="+48"/>
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
        <translation>내보내기 완료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote “{name}”.</source>
        <translation>“{name}” 파일을 저장했어요.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wrote %n file(s) in “{folder}”.</source>
        <translation>
            <numerusform>“{folder}”에 파일 %n개를 저장했어요.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show in Folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No program on this computer opens “{name}”. It is in {folder}.</source>
        <translation>이 컴퓨터에는 “{name}” 파일을 열 수 있는 프로그램이 없어요. 파일은 {folder}에 있어요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No file manager could be opened. “{name}” is in {folder}.</source>
        <translation>파일 관리자를 열 수 없어요. “{name}” 파일은 {folder}에 있어요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open</source>
        <translation>열 수 없어요</translation>
    </message>
</context>
</TS>
