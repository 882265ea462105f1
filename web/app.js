// Dossier web UI: small progressive enhancements over server-rendered pages. Plain ES module, no dependencies.
// Pages work without it; with it, the statements table filters as you type or choose.

const fold = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

function filterTable(form) {
  const table = document.getElementById(form.dataset.filterTable);
  if (!table) return;
  const data = new FormData(form);
  const speaker = String(data.get("speaker") ?? "");
  const kind = String(data.get("kind") ?? "");
  const words = fold(String(data.get("q") ?? ""))
    .split(/\s+/)
    .filter(Boolean);
  let shown = 0;
  const rows = table.tBodies[0]?.rows ?? [];
  for (const row of rows) {
    const text = words.length ? fold(row.textContent ?? "") : "";
    const visible =
      (!speaker || row.dataset.speaker === speaker) &&
      (!kind || row.dataset.kind === kind) &&
      words.every((w) => text.includes(w));
    row.hidden = !visible;
    if (visible) shown++;
  }
  const count = form.querySelector("output.count");
  if (count) count.textContent = `${shown} of ${count.dataset.total} entries`;
  const url = new URL(window.location.href);
  for (const [name, value] of [
    ["speaker", speaker],
    ["kind", kind],
    ["q", String(data.get("q") ?? "")],
  ]) {
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  window.history.replaceState(null, "", url);
}

for (const form of document.querySelectorAll("form[data-filter-table]")) {
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    filterTable(form);
  });
  form.addEventListener("change", () => filterTable(form));
  form.addEventListener("input", () => filterTable(form));
}

// A timeline mark and its table row light up together.
for (const mark of document.querySelectorAll(".tl-mark")) {
  const row = document.getElementById(`entry-${mark.dataset.entry}`);
  if (!row) continue;
  mark.addEventListener("mouseenter", () => row.classList.add("hover"));
  mark.addEventListener("mouseleave", () => row.classList.remove("hover"));
}
