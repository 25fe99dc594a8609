// Starts the app, and until it is ready looks after the first page that index.html holds
// (src/first_page.rs writes it there, in both languages). An external classic script in the
// head, run before the body is drawn, so that the page is painted in the language asked for;
// no inline script, so the Content-Security-Policy can forbid them altogether.
//
// Before the app is ready (`html[data-tic-ready]`, set by the app): the language buttons switch
// the page at once (and the address, which the app reads); Start is kept and acted on when the
// app is ready, saying meanwhile that it is getting ready; any other control says the same
// and does nothing, rather than let a choice be lost when the app takes over. In a host page's
// frame, the content height goes to the host (embed.js) from the first paint, app or not.
(function () {
  'use strict';
  var html = document.documentElement;
  var here = document.currentScript.src;
  var ready = function () { return html.hasAttribute('data-tic-ready'); };

  // The language asked for, as the app reads it (src/app/dom.rs): `?lang=` first, then the
  // host page's `data-lang` on the app's element, else Chinese.
  function languageOf(tag) {
    var match = /^\s*(zh|en)(?:[-_]|\s*$)/i.exec(tag || '');
    return match ? match[1].toLowerCase() : null;
  }
  function askedInAddress() {
    var match = /(?:^|[?&])lang=([^&]*)/.exec(window.location.search);
    return match ? languageOf(decodeURIComponent(match[1])) : null;
  }

  // Both languages' copies of the first page, once the body is read: the one not shown is
  // taken out of the document (the two carry the same ids) and kept for a switch.
  var copies = null;
  function showLanguage(lang) {
    html.setAttribute('data-tic-lang', lang);
    html.lang = lang === 'en' ? 'en' : 'zh-CN';
    if (!copies) return;
    var shown = copies[lang];
    var hidden = copies[lang === 'en' ? 'zh' : 'en'];
    if (hidden.parentNode) hidden.parentNode.replaceChild(shown, hidden);
    var heading = shown.querySelector('h1');
    if (heading) document.title = heading.textContent;
  }
  var asked = askedInAddress();
  if (asked) showLanguage(asked);
  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('tic-app');
    var zh = root && root.querySelector('.tic-prerender[lang="zh-CN"]');
    var en = root && root.querySelector('.tic-prerender[lang="en"]');
    if (ready() || !zh || !en) return;
    copies = { zh: zh, en: en };
    var lang = asked || languageOf(root.getAttribute('data-lang')) || 'zh';
    (lang === 'en' ? zh : en).remove();
    showLanguage(lang);
  });

  // The pages after the first are styled by pages.css: linked from here, it does not hold the
  // first paint, and it has arrived long before the app can show a second page. It goes before
  // the print stylesheet, whose rules must come last to win when printing.
  var pages = document.createElement('link');
  pages.rel = 'stylesheet';
  pages.href = new URL('./pages.css', here).href;
  document.head.insertBefore(pages, document.head.querySelector('link[media="print"]'));

  var parent = window.parent !== window ? window.parent : null;
  if (parent) html.setAttribute('data-tic-embedded', '');

  // The press that cannot be acted on yet: the control says so, and the page's status line too.
  function wait(control) {
    var page = control.closest('.tic-prerender');
    control.setAttribute('aria-disabled', 'true');
    var status = page.querySelector('.tic-prerender__wait');
    if (!status) {
      status = document.createElement('p');
      status.className = 'tic-hint tic-prerender__wait';
      status.setAttribute('role', 'status');
      var after = control.closest('.tic-form-group') || control;
      after.parentNode.insertBefore(status, after.nextSibling);
    }
    status.textContent = page.getAttribute('data-tic-wait');
  }

  document.addEventListener('click', function (event) {
    if (ready() || !event.target.closest) return;
    var control = event.target.closest('.tic-prerender button, .tic-prerender input, .tic-prerender label');
    if (!control) return;
    if (control.classList.contains('tic-lang__button')) {
      event.preventDefault();
      var lang = control.lang === 'en' ? 'en' : 'zh';
      showLanguage(lang);
      var url = new URL(window.location.href);
      url.searchParams.set('lang', lang);
      window.history.replaceState(window.history.state, '', url);
      return;
    }
    event.preventDefault();
    if (control.classList.contains('tic-button--start')) {
      html.setAttribute('data-tic-start-pressed', '');
    }
    wait(control);
  }, true);
  // A file dropped before the app can read it would otherwise be opened by the browser in place
  // of the page.
  ['dragover', 'drop'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (ready() || !event.target.closest || !event.target.closest('.tic-prerender')) return;
      event.preventDefault();
      if (type === 'drop') wait(event.target.closest('.tic-prerender').querySelector('.tic-file'));
    }, true);
  });

  if (parent && window.ResizeObserver) {
    // The bottom of the app's content, not the document's scroll height, which never drops
    // below the frame's own height and so would never let the frame shrink.
    document.addEventListener('DOMContentLoaded', function () {
      var root = document.getElementById('tic-app');
      if (!root) return;
      new ResizeObserver(function () {
        var height = Math.ceil(root.getBoundingClientRect().bottom + window.scrollY);
        // Any host may embed the tool; the message holds no data of the person's.
        parent.postMessage({ type: 'tic-selfcheck:height', height: height }, '*');
      }).observe(root);
    });
  }

  // The glue is fetched at once; the app starts once the whole body is read, so that it takes
  // over the first page whole (it clears its element first: the parser must not add to it
  // afterwards).
  var parsed = new Promise(function (resolve) {
    if (document.readyState !== 'loading') resolve();
    else document.addEventListener('DOMContentLoaded', resolve);
  });
  Promise.all([import(new URL('./tic-selfcheck.js', here).href), parsed]).then(function (loaded) {
    return loaded[0].default({ module_or_path: new URL('./tic-selfcheck_bg.wasm', here) });
  });
})();
