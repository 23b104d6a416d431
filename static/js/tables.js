/*
 * secdoc record tables: progressive enhancement (sorting and filtering).
 *
 * Contract with the generated HTML:
 *
 *   <table class="records" data-sortable>
 *     <thead><tr><th scope="col">Name</th>...</tr></thead>
 *     <tbody>...</tbody>
 *   </table>
 *     Each header's content is moved into a <button type="button">; clicking
 *     it sorts the body rows by that column (ascending first, then toggling)
 *     and sets aria-sort on the <th>. Sort key: the cell's data-sort
 *     attribute if present, else its trimmed text. Numeric comparison when
 *     both keys are numbers, else a numeric-aware locale comparison. Empty
 *     keys sort last in both directions.
 *
 *   <input type="search" class="table-filter" data-filter-for="TABLE_ID"
 *          aria-label="..." hidden>
 *     The script un-hides the input; typing hides body rows of
 *     table#TABLE_ID whose text does not contain the query
 *     (case-insensitive). An element [data-filter-count-for="TABLE_ID"], if
 *     present, gets "N of M shown".
 *
 * Strict-CSP safe: no eval, no inline code, no innerHTML; DOM APIs only.
 */
(function () {
  'use strict';

  var collator = (typeof Intl !== 'undefined' && Intl.Collator)
    ? new Intl.Collator(undefined, { numeric: true })
    : null;

  var NUMBER_RE = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

  function toArray(list) {
    return Array.prototype.slice.call(list);
  }

  function compareText(a, b) {
    return collator ? collator.compare(a, b) : a.localeCompare(b, undefined, { numeric: true });
  }

  function parseNumber(s) {
    return NUMBER_RE.test(s) ? parseFloat(s) : NaN;
  }

  /* ---------- sorting ---------- */

  // Logical column index of a cell, counting colspans of earlier cells.
  function columnOf(cell) {
    var col = 0;
    var prev = cell.previousElementSibling;
    while (prev) {
      col += prev.colSpan || 1;
      prev = prev.previousElementSibling;
    }
    return col;
  }

  // Cell of a row that covers logical column col (null if none).
  function cellAt(row, col) {
    var pos = 0;
    var cells = row.cells;
    for (var i = 0; i < cells.length; i++) {
      var span = cells[i].colSpan || 1;
      if (col < pos + span) {
        return cells[i];
      }
      pos += span;
    }
    return null;
  }

  function sortKey(cell) {
    if (!cell) {
      return '';
    }
    if (cell.hasAttribute('data-sort')) {
      return cell.getAttribute('data-sort').trim();
    }
    return cell.textContent.trim();
  }

  function compareKeys(a, b, dir) {
    // Empty values last, whatever the direction.
    if (a.key === '' || b.key === '') {
      if (a.key === b.key) {
        return a.index - b.index;
      }
      return a.key === '' ? 1 : -1;
    }
    var r;
    if (!isNaN(a.num) && !isNaN(b.num)) {
      r = a.num < b.num ? -1 : (a.num > b.num ? 1 : 0);
    } else {
      r = compareText(a.key, b.key);
    }
    // Stable: equal keys keep their current relative order.
    return r !== 0 ? r * dir : a.index - b.index;
  }

  function sortBody(tbody, col, dir) {
    var items = toArray(tbody.rows).map(function (row, index) {
      var key = sortKey(cellAt(row, col));
      return { row: row, index: index, key: key, num: parseNumber(key) };
    });
    items.sort(function (a, b) {
      return compareKeys(a, b, dir);
    });
    var frag = document.createDocumentFragment();
    items.forEach(function (item) {
      frag.appendChild(item.row);
    });
    tbody.appendChild(frag);
  }

  function sortTable(table, th) {
    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    var col = columnOf(th);
    toArray(table.tBodies).forEach(function (tbody) {
      sortBody(tbody, col, dir);
    });
    toArray(table.tHead.querySelectorAll('th[aria-sort]')).forEach(function (other) {
      if (other !== th) {
        other.removeAttribute('aria-sort');
      }
    });
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
  }

  function initSortable(table) {
    if (!table.tHead || table.hasAttribute('data-sortable-ready')) {
      return;
    }
    table.setAttribute('data-sortable-ready', '');
    var headerRow = table.tHead.rows[table.tHead.rows.length - 1];
    if (!headerRow) {
      return;
    }
    toArray(headerRow.cells).forEach(function (th) {
      if (th.tagName !== 'TH') {
        return;
      }
      var button = document.createElement('button');
      button.type = 'button';
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      button.addEventListener('click', function () {
        sortTable(table, th);
      });
    });
  }

  /* ---------- filtering ---------- */

  function findCounters(id) {
    return toArray(document.querySelectorAll('[data-filter-count-for]')).filter(function (el) {
      return el.getAttribute('data-filter-count-for') === id;
    });
  }

  function initFilter(input) {
    if (input.hasAttribute('data-filter-ready')) {
      return;
    }
    var id = input.getAttribute('data-filter-for');
    var table = id ? document.getElementById(id) : null;
    if (!table || table.tagName !== 'TABLE') {
      return; // leave the (hidden) input alone
    }
    input.setAttribute('data-filter-ready', '');
    var counters = findCounters(id);
    var textCache = new WeakMap();

    function rowText(row) {
      var t = textCache.get(row);
      if (t === undefined) {
        t = row.textContent.toLowerCase();
        textCache.set(row, t);
      }
      return t;
    }

    function apply() {
      var query = input.value.trim().toLowerCase();
      var total = 0;
      var shown = 0;
      toArray(table.tBodies).forEach(function (tbody) {
        toArray(tbody.rows).forEach(function (row) {
          var match = query === '' || rowText(row).indexOf(query) !== -1;
          row.hidden = !match;
          total++;
          if (match) {
            shown++;
          }
        });
      });
      counters.forEach(function (el) {
        el.textContent = shown + ' of ' + total + ' shown';
      });
    }

    input.addEventListener('input', apply);
    input.removeAttribute('hidden');
    // The browser may have restored a value (e.g. on back navigation).
    apply();
  }

  function init() {
    toArray(document.querySelectorAll('table.records[data-sortable]')).forEach(initSortable);
    toArray(document.querySelectorAll('input.table-filter[data-filter-for]')).forEach(initFilter);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
