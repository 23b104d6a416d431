/*
 * secdoc offline search.
 *
 *   <div class="site-search" role="search" data-search-root="ROOT" hidden>
 *     <input type="search" ...>
 *   </div>
 *   <section id="site-search-results" hidden>
 *     <p class="search-status" role="status"></p><div class="search-groups"></div>
 *   </section>
 *
 * Nothing loads until the reader focuses the box or types in it. Then the
 * script adds MiniSearch (vendor/minisearch/minisearch.js) and the index's
 * search/docs.js, and for each word typed the one shard of terms holding
 * it (search/t-N.js), as script elements: they work from a web server and
 * from disk (file://) and pass the site's Content-Security-Policy, which a
 * fetched JSON file would not on file://. Each index script hands its data
 * to window.secdocSearch. The generator (generator/search) writes
 * MiniSearch's own serialised form, so the ranking is MiniSearch's.
 *
 * Terms are runs of letters and digits, lower-cased, exactly as the
 * generator cuts them; shard() repeats generator/search.Shard. Words of
 * three characters or more match as prefixes, words of five or more also
 * with a typo, within the shard of their first three characters.
 *
 * Keys: "/" anywhere focuses the box; Down moves into the results, Up and
 * Down move between them, Escape goes back to the box and, in the box,
 * clears it. The status line is a live region that says how many results
 * there are.
 */
(function () {
  'use strict';

  var box = document.querySelector('[data-search-root]');
  var panel = document.getElementById('site-search-results');
  if (!box || !panel || !window.Promise) {
    return;
  }
  var root = box.getAttribute('data-search-root');
  var input = box.querySelector('input');
  var status = panel.querySelector('.search-status');
  var groups = panel.querySelector('.search-groups');
  var FIELDS = ['id', 'title', 'owner', 'tags', 'text'];
  var PREFIX_UNITS = 3;
  var MAX_RESULTS = 50;

  var head = null; // docs.js's data
  var shards = {}; // shard number -> entries
  var scripts = {}; // src -> Promise
  var engine = null; // MiniSearch over the loaded shards
  var engineKey = '';
  var asked = 0; // number of the latest search, so a slow one cannot overwrite a newer one

  window.secdocSearch = {
    docs: function (data) { head = data; },
    terms: function (n, entries) { shards[n] = entries; }
  };

  function tokenize(text) {
    return String(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  function shard(term, n) {
    var h = 0;
    for (var i = 0; i < PREFIX_UNITS; i++) {
      var c = i < term.length ? term.charCodeAt(i) : 0;
      h = (h * 31 + c) % 1000003;
    }
    return h % n;
  }

  function load(src) {
    if (!scripts[src]) {
      scripts[src] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = root + src;
        s.onload = resolve;
        s.onerror = function () {
          delete scripts[src];
          reject(new Error('cannot load ' + src));
        };
        document.head.appendChild(s);
      });
    }
    return scripts[src];
  }

  function start() {
    return load('vendor/minisearch/minisearch.js').then(function () {
      return load('search/docs.js');
    });
  }

  function searcher(numbers) {
    var key = numbers.join(',');
    if (engine && key === engineKey) {
      return engine;
    }
    var index = [];
    numbers.forEach(function (n) { index = index.concat(shards[n]); });
    var js = Object.assign({}, head, { index: index });
    engine = window.MiniSearch.loadJS(js, {
      fields: FIELDS,
      tokenize: tokenize,
      processTerm: function (t) { return t; }
    });
    engineKey = key;
    return engine;
  }

  function search(query) {
    var n = ++asked;
    var terms = tokenize(query);
    if (!terms.length) {
      show(n, query, null);
      return;
    }
    setStatus('Searching…');
    start().then(function () {
      var wanted = [];
      terms.forEach(function (t) {
        var s = shard(t, head.shards);
        if (wanted.indexOf(s) < 0) {
          wanted.push(s);
        }
      });
      // Keep every shard loaded so far: the engine is rebuilt only when one is added.
      return Promise.all(wanted.map(function (s) { return load('search/t-' + s + '.js'); }));
    }).then(function () {
      var loaded = Object.keys(shards).map(Number).sort(function (a, b) { return a - b; });
      var results = searcher(loaded).search(query, {
        combineWith: 'AND',
        prefix: function (t) { return t.length >= PREFIX_UNITS; },
        fuzzy: function (t) { return t.length >= 5 ? 0.2 : false; },
        boost: { id: 4, title: 2, owner: 1.5, tags: 1.5 }
      });
      show(n, query, results);
    }).catch(function () {
      if (n === asked) {
        setStatus('The search index could not be loaded.');
      }
    });
  }

  function setStatus(text) {
    panel.classList.add('is-open');
    status.textContent = text;
  }

  function href(id) {
    return /^([a-z][a-z0-9+.-]*:|\/)/i.test(id) ? id : root + id;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) {
      e.className = cls;
    }
    if (text) {
      e.textContent = text;
    }
    return e;
  }

  function classWord(s) {
    return String(s).toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  }

  function show(n, query, results) {
    if (n !== asked) {
      return;
    }
    groups.textContent = '';
    if (results === null) {
      panel.classList.remove('is-open');
      status.textContent = '';
      return;
    }
    var total = results.length;
    var shown = results.slice(0, MAX_RESULTS);
    var word = total === 1 ? 'result' : 'results';
    setStatus(total === 0 ? 'No results for “' + query + '”.' :
      total + ' ' + word + ' for “' + query + '”' + (total > shown.length ? ', the best ' + shown.length + ' shown.' : '.'));
    var byKind = {};
    var order = [];
    shown.forEach(function (r) {
      if (!byKind[r.k]) {
        byKind[r.k] = [];
        order.push(r.k);
      }
      byKind[r.k].push(r);
    });
    order.forEach(function (kind, gi) {
      var section = el('section', 'search-group');
      var h = el('h2', '', kind + ' (' + byKind[kind].length + ')');
      h.id = 'search-group-' + gi;
      section.setAttribute('aria-labelledby', h.id);
      section.appendChild(h);
      var list = el('ul', 'search-list');
      byKind[kind].forEach(function (r) {
        var li = el('li', 'search-result');
        var a = el('a', 'search-link');
        a.href = href(r.id);
        if (r.i && r.i !== r.t) {
          a.appendChild(el('code', 'id-chip', r.i));
          a.appendChild(document.createTextNode(' '));
        }
        a.appendChild(el('span', 'search-title', r.t));
        li.appendChild(a);
        if (r.b || r.s) {
          var badges = el('span', 'search-badges');
          if (r.b) {
            badges.appendChild(el('span', 'badge band-' + classWord(r.b), r.b.toUpperCase()));
          }
          if (r.s) {
            badges.appendChild(el('span', 'badge status-' + classWord(r.s), r.s));
          }
          li.appendChild(badges);
        }
        if (r.x) {
          li.appendChild(el('p', 'search-snippet', r.x));
        }
        list.appendChild(li);
      });
      section.appendChild(list);
      groups.appendChild(section);
    });
  }

  function links() {
    return Array.prototype.slice.call(groups.querySelectorAll('a.search-link'));
  }

  var timer = 0;
  box.hidden = false;
  panel.hidden = false; // its status line must be in the page before it speaks
  input.addEventListener('focus', function () {
    start().catch(function () {});
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value); }, 120);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      input.value = '';
      search('');
    } else if (e.key === 'ArrowDown' && links().length) {
      e.preventDefault();
      links()[0].focus();
    }
  });
  groups.addEventListener('keydown', function (e) {
    var all = links();
    var i = all.indexOf(document.activeElement);
    if (i < 0) {
      return;
    }
    if (e.key === 'ArrowDown' && i + 1 < all.length) {
      e.preventDefault();
      all[i + 1].focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      (i > 0 ? all[i - 1] : input).focus();
    } else if (e.key === 'Escape') {
      input.focus();
    }
  });
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) {
      return;
    }
    e.preventDefault();
    input.focus();
  });
}());
