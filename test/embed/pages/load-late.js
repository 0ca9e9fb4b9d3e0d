// Loads the kit well after the tags are in the page, as a tag manager or a lazy CMS block would.
setTimeout(() => {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/dist/kpi-kit.js';
  document.head.append(script);
}, 200);
