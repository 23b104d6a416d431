/*
 * secdoc math rendering.
 *
 * The generator writes math as
 *   <span class="math math-inline">TEX</span>
 *   <div class="math math-display">TEX</div>
 * with TEX being the HTML-escaped LaTeX source (no delimiters). This script
 * is loaded with `defer` after /katex/katex.min.js and replaces each source
 * with KaTeX output.
 *
 * Strict-CSP safe: no eval, no inline code, no innerHTML. katex.render()
 * builds DOM nodes and sets styles through the CSSOM, which a policy of
 * style-src 'self' allows (renderToString + innerHTML would not be).
 * If KaTeX is not loaded, nothing happens and the TeX source stays readable.
 */
(function () {
  'use strict';

  var DONE = 'data-math-rendered';

  function renderOne(el, katex) {
    if (el.hasAttribute(DONE)) {
      return;
    }
    var tex = el.textContent;
    try {
      katex.render(tex, el, {
        displayMode: el.classList.contains('math-display'),
        // KaTeX's own error output sets a style attribute, which the CSP
        // blocks (and reports); a formula it cannot parse is shown below,
        // as its source, styled by the .katex-error class of the theme.
        throwOnError: true,
        trust: false,
        strict: 'ignore',
        maxExpand: 1000,
        maxSize: 50
      });
      el.setAttribute(DONE, 'ok');
    } catch (err) {
      el.textContent = tex;
      el.setAttribute(DONE, 'error');
      if (err instanceof katex.ParseError) {
        el.classList.add('katex-error');
        el.title = err.message;
      }
    }
  }

  function renderAll() {
    var katex = window.katex;
    if (typeof katex === 'undefined' || !katex || typeof katex.render !== 'function') {
      return;
    }
    var nodes = document.querySelectorAll('.math');
    for (var i = 0; i < nodes.length; i++) {
      renderOne(nodes[i], katex);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', renderAll);
  } else {
    renderAll();
  }
})();
