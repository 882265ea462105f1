import assert from "node:assert/strict";
import { test } from "node:test";
import { parseTimeml, stripTags } from "./timeml.ts";

// A TimeML snippet written for this test, in the TempEval-3 layout.
const DOC = `<?xml version="1.0" ?>
<TimeML>
<DOCID>test_001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2021-06-04" functionInDocument="CREATION_TIME">June 4, 2021</TIMEX3></DCT>
<TITLE>Mayor &amp; council meet</TITLE>
<TEXT>
The council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2021-06-03">Thursday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>.
Fees rose 5 &amp; 6 percent in <TIMEX3 tid="t3" type="DATE" value="2020">2020</TIMEX3>-<TIMEX3 tid="t4" type="DATE" value="2021">2021</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
</TimeML>`;

test("the DCT is the publication date, not a body mention", () => {
  const doc = parseTimeml(DOC);
  assert.equal(doc.id, "test_001");
  assert.equal(doc.dct, "2021-06-04");
  assert.ok(!doc.timexes.some((t) => t.tid === "t0"));
  assert.ok(!doc.text.includes("June 4, 2021"));
});

test("offsets index the stripped text, after entities are decoded", () => {
  const doc = parseTimeml(DOC);
  assert.deepEqual(
    doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value]),
    [
      ["Thursday", "DATE", "2021-06-03"],
      ["three hours", "DURATION", "PT3H"],
      ["2020", "DATE", "2020"],
      ["2021", "DATE", "2021"],
    ],
  );
  assert.match(doc.text, /Fees rose 5 & 6 percent in 2020-2021\./);
  assert.ok(!doc.text.includes("<"));
});

test("empty TIMEX3 anchors have no extent and are skipped; attributes may use single quotes", () => {
  const { text, timexes } = stripTags(
    `Up <TIMEX3 tid='t9' type='DATE' value='PRESENT_REF'>now</TIMEX3><TIMEX3 tid="t8" type="DATE" value="X"/>.`,
  );
  assert.equal(text, "Up now.");
  assert.deepEqual(
    timexes.map((t) => [t.start, t.end, t.value]),
    [[3, 6, "PRESENT_REF"]],
  );
});

test("a document without a DCT gives null", () => {
  assert.equal(parseTimeml("<TimeML><TEXT>No dates here.</TEXT></TimeML>", "x").dct, null);
  assert.equal(parseTimeml("<TimeML><TEXT>No dates here.</TEXT></TimeML>", "x").id, "x");
});
