import assert from "node:assert/strict";
import { test } from "node:test";
import { isRewrite } from "./rewrite.ts";

const wire =
  'Veskaria will cut grain export duties to 4.5% from June 1, trade minister Lida Sorn said on Tuesday. "We want our farmers back in the markets they lost," Sorn told reporters in Norvik. ' +
  "The cut covers wheat and barley, and the ministry expects exports to rise by 1.2 million tonnes this season. " +
  'Farmers\' unions welcomed the move but said it came late. "Half the harvest is already sold at a loss," said union head Pavo Retti.';

const rewrite =
  'From June 1, grain export duties in Veskaria fall to 4.5%, according to trade minister Lida Sorn, who spoke on Tuesday. "We want our farmers back in the markets they lost," she told reporters in Norvik. ' +
  "Wheat and barley are covered by the reduction; the ministry expects this season's exports to grow by 1.2 million tonnes. " +
  'The move was welcomed by farmers\' unions, who nonetheless called it late. "Half the harvest is already sold at a loss," union head Pavo Retti said.';

const independent =
  "Grain traders in Norvik reacted cautiously on Tuesday to the government's decision to lower export duties from June 1. " +
  'Several said the new 4.5% rate would not offset higher freight costs. "It helps at the margin, nothing more," said broker Ennis Vale. ' +
  "Exports of wheat and barley fell by a third last season.";

test("a reworded copy that keeps every quote and figure is a rewrite", () => {
  assert.equal(isRewrite(wire, rewrite), true);
});

const partial =
  `${independent} As the wire reported from Norvik: "We want our farmers back in the markets they lost," Sorn told reporters. ` +
  "Freight rates on the river rose again this week, and two of the four grain terminals in Norvik are closed for repairs until July. " +
  "Brokers expect the first contracts at the new rate by mid-June.";

test("an independent report of the same decision is not, nor is a story that copies one paragraph of it", () => {
  assert.equal(isRewrite(wire, independent), false);
  assert.equal(isRewrite(wire, partial), false);
});

test("a rewrite that keeps long runs word for word is one when the whole texts agree closely", () => {
  const close = wire
    .replace("said on Tuesday", "announced on Tuesday")
    .replace("The cut covers wheat and barley, and", "Wheat and barley are covered, and");
  assert.equal(isRewrite(wire, close), true);
});
