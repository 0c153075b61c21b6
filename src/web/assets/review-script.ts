// The desk's script, served from /assets/review.js. Progressive enhancement only: every action
// is a plain form or link without it. It adds the keyboard shortcuts and the live order check
// (domain/check-order.ts, bundled into check-script.generated.ts and served before this script).

export const REVIEW_SCRIPT = String.raw`
(function () {
  'use strict';
  var page = document.body.getAttribute('data-page');
  function typing(el) { return el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT'); }
  function plain(e) { return !e.ctrlKey && !e.metaKey && !e.altKey; }

  if (page === 'queue') {
    var links = Array.prototype.slice.call(document.querySelectorAll('a.open'));
    var at = 0;
    function select(i) {
      if (!links.length) return;
      at = Math.max(0, Math.min(links.length - 1, i));
      links.forEach(function (a, j) { a.closest('tr').classList.toggle('selected', j === at); });
      links[at].focus();
    }
    if (links.length && !typing(document.activeElement)) select(0);
    document.addEventListener('keydown', function (e) {
      if (typing(e.target)) { if (e.key === 'Escape') e.target.blur(); return; }
      if (!plain(e)) return;
      if (e.key === 'j' || e.key === 'ArrowDown') { e.preventDefault(); select(at + 1); }
      else if (e.key === 'k' || e.key === 'ArrowUp') { e.preventDefault(); select(at - 1); }
      else if (e.key === 'o' && links[at]) { e.preventDefault(); links[at].click(); }
      else if (e.key === '/') { e.preventDefault(); var q = document.getElementById('q'); if (q) q.focus(); }
    });
    return;
  }
  if (page !== 'draft') return;

  var form = document.getElementById('draft-form');
  var approve = document.getElementById('approve');
  var findingsList = document.getElementById('findings');
  var tbody = form ? form.querySelector('table.lines tbody') : null;
  // The draft as stored (values the form does not hold: charges), the findings of the other
  // stages and the fields the reading is sure of; the order check itself is
  // window.poInbox.checkOrder, bundled from domain/check-order.ts (check-script.generated.ts), the
  // code the server decides with.
  var dataEl = document.getElementById('draft-data');
  var data = dataEl ? JSON.parse(dataEl.textContent) : null;
  var lib = window.poInbox;
  var LINE_KEYS = ['sku', 'catalogSku', 'description', 'quantity', 'unit', 'unitPrice', 'amount'];
  var NUMERIC = { quantity: 1, unitPrice: 1, amount: 1 };
  var ADDRESS_KEYS = ['name', 'street', 'city', 'region', 'postalCode', 'country'];
  // A form shown again after a refused save holds edits that are not saved.
  var dirty = !!form && form.getAttribute('data-unsaved') === 'yes', leaving = false;
  var touched = {};
  var currentRow = null;
  var removed = [];
  var jumped = null, jumpedValue = null;

  function parseNumber(v) {
    v = v.trim();
    if (v === '') return null;
    if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(v)) v = v.replace(/,/g, '');
    else v = v.replace(/^(-?\d+),(\d{1,2})$/, '$1.$2');
    var n = Number(v);
    return isNaN(n) ? NaN : n;
  }
  function el(name) { return form ? form.elements.namedItem(name) : null; }
  function num(name) { var e = el(name); return e ? parseNumber(e.value) : null; }
  function text(name) { var e = el(name); return e ? e.value.trim() : ''; }
  function orNull(s) { return s === '' ? null : s; }
  function rows() { return tbody ? Array.prototype.slice.call(tbody.querySelectorAll('tr.line')) : []; }
  function notesRowOf(tr) { var n = tr.nextElementSibling; return n && n.classList.contains('line-notes') ? n : null; }

  function currentOrder() {
    var o = JSON.parse(JSON.stringify(data.order));
    ['poNumber', 'orderDate', 'requestedDeliveryDate', 'currency', 'paymentTerms', 'shippingMethod', 'notes'].forEach(function (k) {
      if (el(k)) o[k] = orNull(text(k));
    });
    ['company', 'customerId', 'contactName', 'email', 'phone'].forEach(function (k) {
      if (el('buyer.' + k)) o.buyer[k] = orNull(text('buyer.' + k));
    });
    ['shipTo', 'billTo'].forEach(function (w) {
      if (!el(w + '.name')) return;
      var a = {}, any = false;
      ADDRESS_KEYS.forEach(function (k) { a[k] = orNull(text(w + '.' + k)); if (a[k] !== null) any = true; });
      o[w] = any ? a : null;
    });
    ['subtotal', 'tax', 'shipping', 'total'].forEach(function (k) { if (el(k)) o[k] = num(k); });
    o.lines = rows().map(function (tr) {
      var p = 'lines.' + tr.getAttribute('data-index') + '.';
      var line = { lineNo: num(p + 'lineNo'), sku: orNull(text(p + 'sku')), catalogSku: orNull(text(p + 'catalogSku')), description: orNull(text(p + 'description')),
        quantity: num(p + 'quantity'), unit: orNull(text(p + 'unit')), unitPrice: num(p + 'unitPrice'), amount: num(p + 'amount'), confidence: num(p + 'confidence') };
      if (line.quantity === null) line.quantity = 0;
      if (line.confidence === null) line.confidence = 1;
      var d = num(p + 'discountPercent');
      if (d !== null && !isNaN(d)) line.discountPercent = d;
      return line;
    });
    return o;
  }

  // Amounts recomputed with the server's own arithmetic (lineAmount, chargeSums of check-order.ts):
  // an empty or computed amount cell is filled and marked; subtotal and total show what the lines make.
  function recompute() {
    if (!lib || !lib.lineAmount) return;
    rows().forEach(function (tr) {
      var p = 'lines.' + tr.getAttribute('data-index') + '.';
      var amount = el(p + 'amount');
      if (!amount || amount.readOnly) return;
      if (amount.value.trim() !== '' && amount.getAttribute('data-computed') !== '1') return;
      var q = num(p + 'quantity'), u = num(p + 'unitPrice'), d = num(p + 'discountPercent');
      var value = q === null || isNaN(q) || u === null || isNaN(u) ? null : lib.lineAmount({ quantity: q, unitPrice: u, amount: null, discountPercent: d && !isNaN(d) ? d : null });
      amount.value = value === null ? '' : value.toFixed(2);
      amount.setAttribute('data-computed', '1'); amount.classList.add('computed'); amount.title = 'computed: quantity x unit price';
    });
    var o = currentOrder();
    var sums = lib.chargeSums(o);
    var all = o.lines.length > 0 && o.lines.every(function (l) { return l.amount !== null && !isNaN(l.amount); });
    var sub = all ? o.lines.reduce(function (s, l) { return s + l.amount; }, 0) + sums.inLines : null;
    var base = o.subtotal !== null && !isNaN(o.subtotal) ? o.subtotal : sub;
    var total = base === null ? null : base + (o.tax || 0) + (o.shipping || 0) + sums.afterSubtotal;
    note('subtotal', sub);
    note('total', total);
  }
  function note(name, value) {
    var out = document.getElementById('computed-' + name);
    if (!out) return;
    out.textContent = value === null || isNaN(value) ? '' : 'computed: ' + value.toFixed(2);
  }

  // Findings name lines by their place in the order. The order check's are about the lines as
  // they stand (place = row); the other stages' about the lines as stored (data-origin).
  function check() {
    if (!data || !lib) return [];
    var order = currentOrder();
    var list = rows();
    var out = [];
    function place(f, byOrigin) {
      if (!f.field) return { field: '', key: '', row: null };
      var m = /^lines\.(\d+)(\..*)?$/.exec(f.field);
      if (!m) return { field: lib.inputFor(f.field), key: lib.notesKey(f.field), row: null };
      var tr = null;
      if (byOrigin) list.forEach(function (r) { if (r.getAttribute('data-origin') === m[1]) tr = r; });
      else tr = list[Number(m[1])] || null;
      if (!tr) return null;
      var field = lib.inputFor('lines.' + tr.getAttribute('data-index') + (m[2] || ''));
      return { field: field, key: 'row', row: tr };
    }
    data.others.forEach(function (f) {
      if (f.severity === 'info') return;
      var at = place(f, true);
      if (!at) return;
      // A field the rep typed in settles the doubts a second reading would settle (as on saving).
      if (f.clearable && at.field && (touched[at.field] || (at.row && /\.sku$/.test(at.field) && rowTouched(at.row)))) return;
      out.push({ field: at.field, key: at.key, row: at.row, level: lib.flagClass(f.severity), message: f.message });
    });
    lib.checkOrder(order).forEach(function (f) {
      if (f.severity === 'info') return;
      var at = place(f, false);
      if (!at) return;
      out.push({ field: at.field, key: at.key, row: at.row, level: lib.flagClass(f.severity), message: f.message });
    });
    return out;
  }
  function rowTouched(tr) {
    var p = 'lines.' + tr.getAttribute('data-index') + '.';
    return LINE_KEYS.some(function (k) { return touched[p + k]; });
  }
  function notesFor(f) {
    if (f.row) { var n = notesRowOf(f.row); return n ? n.querySelector('.notes') : null; }
    return f.key ? form.querySelector('.notes[data-notes="' + f.key + '"]') : null;
  }
  var lastFound = [];
  function show() {
    if (!form) return;
    recompute();
    var found = check();
    lastFound = found;
    Array.prototype.forEach.call(form.querySelectorAll('[data-flag]'), function (e) {
      if (e.tagName === 'TABLE') return;
      e.removeAttribute('data-flag'); e.classList.remove('is-error', 'is-warning');
    });
    Array.prototype.forEach.call(form.querySelectorAll('.notes'), function (n) { n.textContent = ''; });
    found.forEach(function (f) {
      var e = f.field ? el(f.field) : null;
      if (e && e.classList && e.getAttribute('data-flag') !== 'error') {
        e.setAttribute('data-flag', f.level); e.classList.remove('is-warning'); e.classList.add('is-' + f.level);
      }
      var box = notesFor(f);
      if (!box) return;
      var same = Array.prototype.some.call(box.children, function (c) { return c.textContent === f.message; });
      if (same) return;
      var p = document.createElement('p'); p.className = 'note ' + f.level; p.textContent = f.message; box.appendChild(p);
    });
    if (findingsList) {
      findingsList.textContent = '';
      var seen = {};
      found.forEach(function (f) {
        if (seen[f.message]) return; seen[f.message] = true;
        var li = document.createElement('li'); li.className = f.level; li.textContent = f.message; findingsList.appendChild(li);
      });
    }
    // How sure each header field is: low with a finding, high when set by the rep or sure as read.
    var sure = {};
    (data && data.sure || []).forEach(function (k) { sure[k] = true; });
    Array.prototype.forEach.call(form.querySelectorAll('.field[data-sure]'), function (box) {
      var name = box.getAttribute('data-field');
      var input = el(name);
      if (!input) return;
      var notes = box.querySelector('.notes');
      var flaggedHere = input.hasAttribute('data-flag') || (notes && notes.children.length > 0);
      var level = lib.fieldSureness(input.value, !!flaggedHere, !!(sure[name] || touched[name]));
      box.setAttribute('data-sure', level);
      var tag = box.querySelector('.sure');
      if (tag) { tag.textContent = SURE_WORDS[level]; tag.title = SURE_WORDS[level]; }
    });
    var blocked = found.some(function (f) { return f.level === 'error'; });
    if (approve) { approve.disabled = blocked; approve.title = blocked ? 'fix the red fields first' : ''; }
  }
  var SURE_WORDS = { low: 'check', mid: 'read', high: 'sure', empty: 'empty' };
  function warnings() {
    var seen = {}, out = [];
    lastFound.forEach(function (f) { if (f.level === 'warning' && !seen[f.message]) { seen[f.message] = true; out.push(f.message); } });
    return out;
  }

  // f: the next flagged field after the current one in page order (wrapping), so each press moves
  // on even after the one left was fixed; in a field it reached and nobody typed in, f moves on too.
  function flagged() {
    return Array.prototype.slice.call(form.querySelectorAll('input[data-flag], textarea[data-flag]'));
  }
  function jump(step) {
    var list = flagged();
    if (!list.length) return;
    var anchor = form.contains(document.activeElement) && document.activeElement !== form ? document.activeElement : jumped;
    var next = null;
    if (anchor && document.contains(anchor)) {
      if (step > 0) next = list.filter(function (e) { return anchor.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING; })[0] || list[0];
      else next = list.filter(function (e) { return anchor.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING; }).pop() || list[list.length - 1];
    } else next = step > 0 ? list[0] : list[list.length - 1];
    next.focus(); if (next.select) next.select();
    jumped = next; jumpedValue = next.value;
  }

  // Lines: renumbered after every change so the posted names follow the rows' order.
  function renumber() {
    rows().forEach(function (tr, p) {
      var old = tr.getAttribute('data-index');
      Array.prototype.forEach.call(tr.querySelectorAll('input'), function (input) {
        var name = input.getAttribute('name');
        if (!name) return;
        var renamed = name.replace(/^lines\.\d+\./, 'lines.' + p + '.');
        if (renamed !== name) {
          if (touched[name]) { delete touched[name]; touched[renamed] = true; }
          input.setAttribute('name', renamed); input.id = 'f-' + renamed;
        }
      });
      tr.setAttribute('data-index', String(p));
      var n = notesRowOf(tr); if (n) n.setAttribute('data-for-index', String(p));
      var no = tr.querySelector('.line-no .n'); if (no) no.textContent = String(p + 1);
      var buttons = tr.querySelectorAll('.row-buttons button');
      if (buttons.length === 3) {
        buttons[0].value = 'up:' + p; buttons[0].disabled = p === 0;
        buttons[1].value = 'down:' + p; buttons[1].disabled = p === rows().length - 1;
        buttons[2].value = 'remove:' + p;
      }
    });
  }
  function makeRow() {
    var tr = document.createElement('tr'); tr.className = 'line'; tr.setAttribute('data-index', '9999');
    var first = document.createElement('td'); first.className = 'line-no';
    first.innerHTML = '<span class="n"></span>';
    [['lineNo', ''], ['confidence', '1'], ['origin', '']].forEach(function (h) {
      var i = document.createElement('input'); i.type = 'hidden'; i.name = 'lines.9999.' + h[0]; i.value = h[1]; first.appendChild(i);
    });
    tr.appendChild(first);
    LINE_KEYS.forEach(function (k) {
      var td = document.createElement('td'); var i = document.createElement('input');
      i.type = 'text'; i.name = 'lines.9999.' + k; i.id = 'f-' + i.name; if (NUMERIC[k]) i.setAttribute('inputmode', 'decimal');
      if (k === 'quantity') i.value = '1';
      td.appendChild(i); tr.appendChild(td);
    });
    var cell = document.createElement('td'); cell.className = 'row-buttons';
    [['up', '\u2191', 'move up'], ['down', '\u2193', 'move down'], ['remove', '\u2715', 'remove line']].forEach(function (b) {
      var button = document.createElement('button'); button.type = 'submit'; button.name = 'op'; button.value = b[0] + ':0'; button.textContent = b[1]; button.title = b[2]; button.tabIndex = -1;
      if (b[0] === 'remove') button.className = 'remove-line';
      cell.appendChild(button);
    });
    tr.appendChild(cell);
    var notes = document.createElement('tr'); notes.className = 'line-notes';
    var td = document.createElement('td'); td.colSpan = LINE_KEYS.length + 2; td.innerHTML = '<div class="notes"></div>'; notes.appendChild(td);
    return [tr, notes];
  }
  function addLine() {
    if (!tbody) return;
    var made = makeRow();
    var after = currentRow && tbody.contains(currentRow) ? (notesRowOf(currentRow) || currentRow) : null;
    var before = after ? after.nextSibling : null;
    tbody.insertBefore(made[0], before); tbody.insertBefore(made[1], before);
    renumber(); changed(); show();
    var sku = made[0].querySelector('input[name$=".sku"]'); if (sku) sku.focus();
  }
  function removeLine(tr) {
    if (!tr || !tbody.contains(tr)) return;
    var notes = notesRowOf(tr);
    var next = (notes || tr).nextSibling;
    var label = text('lines.' + tr.getAttribute('data-index') + '.sku') || text('lines.' + tr.getAttribute('data-index') + '.description');
    var at = rows().indexOf(tr) + 1;
    tbody.removeChild(tr); if (notes) tbody.removeChild(notes);
    removed.push({ tr: tr, notes: notes, next: next });
    if (currentRow === tr) currentRow = null;
    renumber(); changed(); show();
    var bar = document.getElementById('undo-bar');
    if (bar) {
      bar.hidden = false; bar.textContent = 'Line ' + at + (label ? ' (' + label + ')' : '') + ' removed. ';
      var undo = document.createElement('button'); undo.type = 'button'; undo.id = 'undo-remove'; undo.textContent = 'Undo (u)';
      undo.addEventListener('click', undoRemove); bar.appendChild(undo);
    }
  }
  function undoRemove() {
    var last = removed.pop();
    if (!last) return;
    var before = last.next && tbody.contains(last.next) ? last.next : null;
    tbody.insertBefore(last.tr, before); if (last.notes) tbody.insertBefore(last.notes, before);
    renumber(); changed(); show();
    var bar = document.getElementById('undo-bar');
    if (bar && !removed.length) { bar.hidden = true; bar.textContent = ''; }
    var first = last.tr.querySelector('input[type=text]'); if (first) first.focus();
  }

  function changed() {
    dirty = true;
    // Approving again after a change asks again about what is still open.
    var panel = document.getElementById('approve-warnings');
    if (panel && panel.getAttribute('data-by') === 'script') { panel.hidden = true; panel.textContent = ''; panel.removeAttribute('data-by'); if (approve) approve.textContent = 'Approve (a)'; }
  }
  if (form) {
    form.addEventListener('input', function (e) {
      if (e.target && e.target.name) {
        touched[e.target.name] = true;
        if (e.target.getAttribute('data-computed') === '1') { e.target.removeAttribute('data-computed'); e.target.classList.remove('computed'); e.target.title = ''; }
      }
      changed(); show();
    });
    form.addEventListener('click', function (e) {
      var b = e.target && e.target.closest ? e.target.closest('button') : null;
      if (!b) return;
      if (b.classList.contains('remove-line')) { e.preventDefault(); removeLine(b.closest('tr.line')); }
      else if (b.id === 'add-line') { e.preventDefault(); addLine(); }
      else if (b.id === 'approve' && !form.querySelector('input[name="confirmWarnings"]')) {
        var open = warnings();
        if (!open.length) return;
        // The first approve lists what is still open; the second (a again) approves.
        e.preventDefault();
        var panel = document.getElementById('approve-warnings');
        panel.hidden = false; panel.className = 'notice warning'; panel.setAttribute('role', 'alert'); panel.setAttribute('data-by', 'script'); panel.textContent = '';
        var p = document.createElement('p');
        p.textContent = (open.length === 1 ? 'This draft still has a warning' : 'This draft still has ' + open.length + ' warnings') + '. Press a again (or \u201cApprove anyway\u201d) to approve it as it is:';
        var ul = document.createElement('ul');
        open.forEach(function (w) { var li = document.createElement('li'); li.textContent = w; ul.appendChild(li); });
        var confirm = document.createElement('input'); confirm.type = 'hidden'; confirm.name = 'confirmWarnings'; confirm.value = 'yes';
        panel.appendChild(p); panel.appendChild(ul); panel.appendChild(confirm);
        approve.textContent = 'Approve anyway (a)';
        approve.focus();
        if (panel.scrollIntoView) panel.scrollIntoView({ block: 'nearest' });
      }
    });
    form.addEventListener('focusin', function (e) {
      var tr = e.target && e.target.closest ? e.target.closest('tr.line') : null;
      if (tr) currentRow = tr;
    });
    show();
  }
  // Numbers are checked before a save leaves the page: a cell that is not one is named, and nothing is sent.
  function badNumber() {
    var bad = null;
    Array.prototype.forEach.call(form.querySelectorAll('input[inputmode="decimal"]'), function (input) {
      if (!bad && input.value.trim() !== '' && isNaN(parseNumber(input.value))) bad = input;
    });
    return bad;
  }
  Array.prototype.forEach.call(document.querySelectorAll('form'), function (f) {
    f.addEventListener('submit', function (e) {
      if (f === form) {
        var bad = badNumber();
        if (bad) {
          e.preventDefault();
          var box = document.getElementById('number-notice');
          if (!box) { box = document.createElement('p'); box.id = 'number-notice'; box.className = 'notice error'; box.setAttribute('role', 'alert'); form.insertBefore(box, form.firstChild); }
          box.textContent = '"' + bad.value + '" in ' + (bad.name.replace(/^lines\.(\d+)\./, function (_, i) { return 'line ' + (Number(i) + 1) + ' '; })) + ' is not a number; nothing was saved.';
          bad.classList.add('is-error'); bad.setAttribute('data-flag', 'error');
          bad.focus(); if (bad.select) bad.select();
          return;
        }
      }
      if (f.id === 'reextract-form' && !f.querySelector('input[name="confirm"]')) {
        if (!window.confirm('Re-extract this draft from the original? It replaces the values shown, with your corrections; the version it replaces stays in the history.')) { e.preventDefault(); return; }
        var c = document.createElement('input'); c.type = 'hidden'; c.name = 'confirm'; c.value = 'yes'; f.appendChild(c);
      }
      leaving = true;
    });
  });
  window.addEventListener('beforeunload', function (e) {
    if (!dirty || leaving) return;
    e.preventDefault(); e.returnValue = '';
  });
  function leave(href) {
    if (!href) return;
    if (dirty && !leaving && !window.confirm('This draft has unsaved changes. Leave without saving them?')) return;
    leaving = true;
    window.location.href = href;
  }
  function hrefOf(id) { var a = document.getElementById(id); return a ? a.getAttribute('href') : null; }

  // Outline where the focused field stands on the page image, and bring that spot into view.
  function outline(name) {
    Array.prototype.forEach.call(document.querySelectorAll('.evidence-layer rect.on'), function (r) { r.classList.remove('on'); });
    if (!name) return;
    var first = null;
    Array.prototype.forEach.call(document.querySelectorAll('.evidence-layer rect'), function (r) {
      if (r.getAttribute('data-field') !== name) return;
      r.classList.add('on'); if (!first) first = r;
    });
    if (first) reveal(first);
  }
  // The original is its own scroll box beside the form: bringing a spot into view scrolls the
  // viewer only, never the page (the field being typed in stays where it is).
  var viewer = document.getElementById('original');
  function reveal(target) {
    if (!viewer) return;
    var box = viewer.getBoundingClientRect(), at = target.getBoundingClientRect();
    if (at.top < box.top + 40) viewer.scrollTop -= box.top + 40 - at.top;
    else if (at.bottom > box.bottom) viewer.scrollTop += Math.min(at.bottom - box.bottom + 20, at.top - box.top - 40);
    if (at.left < box.left) viewer.scrollLeft -= box.left - at.left + 20;
    else if (at.right > box.right) viewer.scrollLeft += at.right - box.right + 20;
  }
  // Zoom and rotate the page images (CSSOM, which the CSP allows; no inline style in the HTML).
  var zoom = 1, turn = 0;
  var tools = document.getElementById('viewer-tools');
  var frames = Array.prototype.slice.call(document.querySelectorAll('.original .page-frame'));
  function view(what) {
    if (what === 'zoom-in') zoom = Math.min(4, zoom * 1.25);
    else if (what === 'zoom-out') zoom = Math.max(0.5, zoom / 1.25);
    else if (what === 'rotate') turn = (turn + 90) % 360;
    else if (what === 'reset') { zoom = 1; turn = 0; }
    frames.forEach(function (f) {
      f.style.width = Math.round(zoom * 100) + '%';
      f.classList.remove('rot-90', 'rot-180', 'rot-270');
      if (turn) f.classList.add('rot-' + turn);
      // A quarter turn swaps width and height: the box around it makes room.
      var img = f.querySelector('img');
      var w = f.offsetWidth, h = img ? img.offsetHeight : f.offsetHeight;
      f.style.margin = turn % 180 ? Math.round((w - h) / -2) + 'px ' + Math.round((h - w) / 2) + 'px' : '';
    });
    var label = document.getElementById('viewer-zoom'); if (label) label.textContent = Math.round(zoom * 100) + '%';
  }
  if (tools && frames.length) {
    tools.hidden = false;
    tools.addEventListener('click', function (e) { var b = e.target.closest ? e.target.closest('button[data-view]') : null; if (b) view(b.getAttribute('data-view')); });
  }
  if (form) {
    form.addEventListener('focusin', function (e) { outline(e.target && e.target.name); });
    form.addEventListener('focusout', function () { outline(null); });
  }
  function press(id) { var b = document.getElementById(id); if (b && !b.disabled) b.click(); }
  document.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); press('approve'); return; }
    if (typing(e.target)) {
      if (e.key === 'Escape') { e.preventDefault(); e.target.blur(); return; }
      // In a field f reached and nobody typed in, f and F move on instead of typing.
      if ((e.key === 'f' || e.key === 'F') && plain(e) && e.target === jumped && e.target.value === jumpedValue) { e.preventDefault(); jump(e.key === 'f' ? 1 : -1); }
      return;
    }
    if (!plain(e)) { return; }
    if (e.key === 'f') { e.preventDefault(); jump(1); }
    else if (e.key === 'F') { e.preventDefault(); jump(-1); }
    else if (e.key === 'a') { e.preventDefault(); press('approve'); }
    else if (e.key === 's') { e.preventDefault(); press('save'); }
    else if (e.key === 'r') { e.preventDefault(); var r = document.getElementById('reject-reason'); if (r) r.focus(); }
    else if (e.key === 'n' || e.key === 'j') { e.preventDefault(); leave(hrefOf('next-draft')); }
    else if (e.key === 'k') { e.preventDefault(); leave(hrefOf('previous-draft')); }
    else if (e.key === 'q') { e.preventDefault(); leave('/queue'); }
    else if (e.key === 'i' && form && approve) { e.preventDefault(); addLine(); }
    else if (e.key === 'x' && form && approve && currentRow) { e.preventDefault(); removeLine(currentRow); }
    else if (e.key === 'u' && removed.length) { e.preventDefault(); undoRemove(); }
    else if ((e.key === '+' || e.key === '=') && frames.length) { e.preventDefault(); view('zoom-in'); }
    else if (e.key === '-' && frames.length) { e.preventDefault(); view('zoom-out'); }
    else if (e.key === '0' && frames.length) { e.preventDefault(); view('reset'); }
    else if (e.key === 'o' && frames.length) { e.preventDefault(); view('rotate'); }
    else if (e.key === '?') {
      e.preventDefault();
      var h = document.getElementById('shortcuts');
      if (h) { h.open = !h.open; if (h.open && h.scrollIntoView) h.scrollIntoView({ block: 'nearest' }); }
    }
  });
})();
`;
