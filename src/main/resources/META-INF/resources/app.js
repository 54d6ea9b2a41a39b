/*
 * Pill identifier web page.
 *
 * Uses only the public JSON API (/v1/...). All API data is put into the page with
 * createElement/textContent, never innerHTML, so a hostile catalog record cannot inject markup.
 */
'use strict';

(() => {
  const SUGGEST_DELAY_MS = 150;
  const SUGGEST_LIMIT = 8;
  const SEARCH_LIMIT = 20;

  const $ = (id) => document.getElementById(id);
  const form = $('search-form');
  const imprintInput = $('imprint');
  const suggestionList = $('imprint-suggestions');
  const colorFieldset = $('colors');
  const shapeSelect = $('shape');
  const sizeInput = $('size');
  const scoreSelect = $('score');
  const statusEl = $('status');
  const noticeEl = $('match-notice');
  const resultsEl = $('results');
  const dialog = $('detail');
  const dialogTitle = $('detail-title');
  const dialogBody = $('detail-body');

  // SPL name -> display name, filled from /v1/colors and /v1/shapes so cards can say "blue diamond".
  const colorNames = new Map();
  const shapeNames = new Map();

  // ---------------------------------------------------------------- API access

  /** An API failure whose message is safe to show to the user. */
  class ApiError extends Error {}

  /**
   * GETs JSON from the API. On an error answer, throws an ApiError carrying the problem
   * document's "detail" (or title) rather than the raw body.
   */
  async function getJson(url, signal) {
    let response;
    try {
      response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
    } catch (err) {
      if (err.name === 'AbortError') throw err;
      throw new ApiError('The pill identifier service could not be reached. Check the connection and try again.');
    }
    if (response.ok) return response.json();

    let message = `The service answered with an error (HTTP ${response.status}).`;
    try {
      const problem = await response.json();
      if (problem && typeof problem.detail === 'string' && problem.detail) message = problem.detail;
      else if (problem && typeof problem.title === 'string' && problem.title) message = problem.title;
    } catch {
      // Not JSON (e.g. a proxy error page): keep the generic message.
    }
    throw new ApiError(message);
  }

  // ---------------------------------------------------------------- small DOM helpers

  /** Creates an element with optional class and text content. */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function setStatus(message, isError = false) {
    statusEl.textContent = message;
    statusEl.classList.toggle('status-error', isError);
    // role=alert makes errors interrupt; ordinary progress stays polite.
    if (isError) statusEl.setAttribute('role', 'alert');
    else statusEl.removeAttribute('role');
  }

  function errorMessage(err) {
    return err instanceof ApiError ? err.message : 'Something went wrong. Please try again.';
  }

  // ---------------------------------------------------------------- wording

  const CONFIDENCE_TEXT = { high: 'High confidence', medium: 'Medium confidence', low: 'Low confidence' };
  const CRITERION_TEXT = {
    imprint: 'Imprint', name: 'Name', ndc: 'NDC', color: 'Colour', shape: 'Shape', size: 'Size', score: 'Score',
  };
  const MATCH_TEXT = { exact: 'exact', partial: 'partial', similar: 'similar', not_matched: 'not matched' };

  const has = (v) => v !== null && v !== undefined && v !== '';
  const titleCase = (s) => String(s).toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
  const colorWord = (name) => colorNames.get(name) || titleCase(name);
  const shapeWord = (name) => shapeNames.get(name) || titleCase(name);

  function pillName(pill) {
    return has(pill.medicine_name) ? pill.medicine_name : 'Name not recorded';
  }

  function nameAndStrength(pill) {
    return [pillName(pill), pill.strength].filter(has).join(' ');
  }

  function imprintWords(pill) {
    const sides = Array.isArray(pill.imprint_sides) ? pill.imprint_sides.filter(has) : [];
    return sides.length ? sides : (has(pill.imprint) ? String(pill.imprint).split(';') : []);
  }

  /** "blue diamond tablet": colours, shape and the first word of the dosage form. */
  function appearance(pill) {
    const colours = (pill.colors || []).map((c) => colorWord(c).toLowerCase()).join(' and ');
    const shape = has(pill.shape) ? shapeWord(pill.shape).toLowerCase() : '';
    const form = has(pill.dosage_form) ? String(pill.dosage_form).split(/[ ,]/)[0].toLowerCase() : 'pill';
    return [colours, shape, form].filter(Boolean).join(' ');
  }

  function photoAlt(pill, index, count) {
    const imprint = imprintWords(pill);
    const which = count > 1 ? ` (${index + 1} of ${count})` : '';
    return `Photo${which} of ${nameAndStrength(pill)}, ${appearance(pill)}` +
      (imprint.length ? `, imprint ${imprint.join(' ')}` : ', no imprint');
  }

  function scoreText(score) {
    if (!has(score)) return 'Not recorded';
    return Number(score) === 1 ? '1 (unscored)' : `Scored into ${score} pieces`;
  }

  function rxOtcText(value) {
    if (value === 'RX') return 'Prescription only (Rx)';
    if (value === 'OTC') return 'Over the counter (OTC)';
    return has(value) ? value : 'Not recorded';
  }

  // ---------------------------------------------------------------- what the catalog holds

  const catalogNotice = $('catalog-notice');

  /** "NLM RxImage ... (data of 2025-11-11): 4,390 pills", or the demo warning when demo records are all there is. */
  function catalogText(catalog) {
    const count = (n) => `${Number(n).toLocaleString('en-US')} pill${Number(n) === 1 ? '' : 's'}`;
    if (catalog.demo) {
      return `The catalog holds demo data only (${count(catalog.pills)}): examples, not for clinical use.`;
    }
    if (!catalog.sources || catalog.sources.length === 0) return 'The catalog holds no pill yet.';
    const parts = catalog.sources.map((source) => {
      if (source.name === 'demo') return `demo data, not for clinical use (${count(source.pills)})`;
      const title = has(source.title) ? source.title : `${source.name} (imported)`;
      const date = has(source.source_date) ? `, data of ${source.source_date}` : '';
      return `${title}${date}: ${count(source.pills)}`;
    });
    return `Catalog: ${parts.join('; ')}.`;
  }

  async function loadCatalog() {
    try {
      catalogNotice.textContent = catalogText(await getJson('/v1/catalog'));
    } catch {
      catalogNotice.textContent = 'Which catalog is loaded could not be read.';
    }
  }

  // ---------------------------------------------------------------- vocabularies

  async function loadColors() {
    try {
      const data = await getJson('/v1/colors');
      colorFieldset.querySelector('.loading-note')?.remove();
      const list = el('div', 'color-options');
      for (const color of data.colors || []) {
        colorNames.set(color.name, color.display_name);
        const id = `color-${color.name}`;
        const wrapper = el('div', 'color-option');
        const input = el('input');
        input.type = 'checkbox';
        input.name = 'color';
        input.value = color.name;
        input.id = id;
        const label = el('label');
        label.htmlFor = id;
        const swatch = el('span', 'swatch');
        swatch.setAttribute('aria-hidden', 'true');
        // Only a plain 6-digit hex goes into the style.
        if (/^[0-9a-f]{6}$/i.test(color.hex || '')) swatch.style.backgroundColor = `#${color.hex}`;
        label.append(swatch, document.createTextNode(color.display_name));
        wrapper.append(input, label);
        list.append(wrapper);
      }
      colorFieldset.append(list);
    } catch (err) {
      colorFieldset.querySelector('.loading-note')?.remove();
      colorFieldset.append(el('p', 'field-error', 'Colours could not be loaded; you can still search by imprint.'));
      setStatus(errorMessage(err), true);
    }
  }

  async function loadShapes() {
    try {
      const data = await getJson('/v1/shapes');
      for (const shape of data.shapes || []) {
        shapeNames.set(shape.name, shape.display_name);
        const option = el('option', null, shape.display_name);
        option.value = shape.name;
        shapeSelect.append(option);
      }
    } catch (err) {
      setStatus(errorMessage(err), true);
    }
  }

  // ---------------------------------------------------------------- imprint autocomplete

  let suggestTimer = 0;
  let suggestController = null;
  let activeIndex = -1;

  function options() {
    return Array.from(suggestionList.querySelectorAll('[role="option"]'));
  }

  function closeSuggestions() {
    clearTimeout(suggestTimer);
    suggestController?.abort();
    suggestController = null;
    suggestionList.hidden = true;
    suggestionList.replaceChildren();
    imprintInput.setAttribute('aria-expanded', 'false');
    imprintInput.removeAttribute('aria-activedescendant');
    activeIndex = -1;
  }

  function setActive(index) {
    const opts = options();
    opts.forEach((opt, i) => opt.setAttribute('aria-selected', String(i === index)));
    activeIndex = index;
    if (index >= 0 && opts[index]) {
      imprintInput.setAttribute('aria-activedescendant', opts[index].id);
      opts[index].scrollIntoView({ block: 'nearest' });
    } else {
      imprintInput.removeAttribute('aria-activedescendant');
    }
  }

  function chooseSuggestion(index) {
    const opt = options()[index];
    if (!opt) return;
    imprintInput.value = opt.dataset.imprint;
    closeSuggestions();
    imprintInput.focus();
  }

  function renderSuggestions(suggestions) {
    suggestionList.replaceChildren();
    activeIndex = -1;
    imprintInput.removeAttribute('aria-activedescendant');
    if (!suggestions.length) {
      closeSuggestions();
      return;
    }
    suggestions.forEach((s, i) => {
      const li = el('li', 'suggestion');
      li.id = `imprint-option-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.imprint = s.imprint;
      li.append(el('span', 'suggestion-imprint', s.imprint));
      // Hidden comma so screen readers say "PD 157 40, 2 pills", not "PD 157 402 pills".
      li.append(el('span', 'visually-hidden', ', '));
      const count = `${s.pills} ${s.pills === 1 ? 'pill' : 'pills'}`;
      li.append(el('span', 'suggestion-meta', s.match === 'similar' ? `similar · ${count}` : count));
      suggestionList.append(li);
    });
    suggestionList.hidden = false;
    imprintInput.setAttribute('aria-expanded', 'true');
  }

  async function fetchSuggestions(prefix) {
    suggestController?.abort();
    const controller = new AbortController();
    suggestController = controller;
    try {
      const params = new URLSearchParams({ prefix, limit: String(SUGGEST_LIMIT) });
      const data = await getJson(`/v1/imprints/suggest?${params}`, controller.signal);
      // Ignore answers that arrive after the input changed or lost focus.
      if (controller !== suggestController || document.activeElement !== imprintInput) return;
      renderSuggestions(data.suggestions || []);
    } catch (err) {
      // Suggestions are a convenience: fail quietly and let the user keep typing.
      if (err.name !== 'AbortError' && controller === suggestController) closeSuggestions();
    }
  }

  function scheduleSuggestions() {
    clearTimeout(suggestTimer);
    const prefix = imprintInput.value.trim();
    if (!prefix) {
      closeSuggestions();
      return;
    }
    suggestTimer = setTimeout(() => fetchSuggestions(prefix), SUGGEST_DELAY_MS);
  }

  imprintInput.addEventListener('input', scheduleSuggestions);

  imprintInput.addEventListener('keydown', (event) => {
    const open = !suggestionList.hidden;
    const count = options().length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) scheduleSuggestions();
        else setActive(activeIndex + 1 >= count ? 0 : activeIndex + 1);
        break;
      case 'ArrowUp':
        if (!open) return;
        event.preventDefault();
        setActive(activeIndex <= 0 ? count - 1 : activeIndex - 1);
        break;
      case 'Enter':
        // Enter on a highlighted suggestion picks it; otherwise the form submits as usual.
        if (open && activeIndex >= 0) {
          event.preventDefault();
          chooseSuggestion(activeIndex);
        }
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          closeSuggestions();
        }
        break;
      default:
    }
  });

  imprintInput.addEventListener('blur', () => closeSuggestions());

  // mousedown would blur the input (and close the list) before the click lands.
  suggestionList.addEventListener('mousedown', (event) => event.preventDefault());
  suggestionList.addEventListener('click', (event) => {
    const li = event.target.closest('[role="option"]');
    if (li) chooseSuggestion(options().indexOf(li));
  });

  // ---------------------------------------------------------------- search

  let searchController = null;

  function buildQuery() {
    const params = new URLSearchParams();
    const imprint = imprintInput.value.trim();
    if (imprint) params.append('imprint', imprint);
    for (const box of colorFieldset.querySelectorAll('input[type="checkbox"]:checked')) {
      params.append('color', box.value);
    }
    if (shapeSelect.value) params.append('shape', shapeSelect.value);
    if (sizeInput.value !== '') params.append('size_mm', sizeInput.value);
    if (scoreSelect.value) params.append('score', scoreSelect.value);
    return params;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    closeSuggestions();

    const params = buildQuery();
    if ([...params.keys()].length === 0) {
      setStatus('Enter an imprint or choose at least one colour, shape, size or score.', true);
      imprintInput.focus();
      return;
    }
    params.append('limit', String(SEARCH_LIMIT));

    searchController?.abort();
    const controller = new AbortController();
    searchController = controller;
    setStatus('Searching…');
    resultsEl.setAttribute('aria-busy', 'true');
    try {
      const data = await getJson(`/v1/pills/search?${params}`, controller.signal);
      if (controller !== searchController) return;
      renderResults(data);
    } catch (err) {
      if (err.name === 'AbortError' || controller !== searchController) return;
      noticeEl.hidden = true;
      resultsEl.replaceChildren();
      setStatus(errorMessage(err), true);
    } finally {
      if (controller === searchController) resultsEl.removeAttribute('aria-busy');
    }
  });

  function renderResults(data) {
    const results = Array.isArray(data.results) ? data.results : [];
    const total = Number.isInteger(data.total) ? data.total : results.length;
    resultsEl.replaceChildren();

    // Honest about uncertainty: anything but a high-confidence first result is "no confident match".
    noticeEl.replaceChildren();
    if (results.length === 0) {
      noticeEl.append(el('p', null, 'No pill matches this description.'),
        el('p', null, 'Check the imprint, colour and shape again, try fewer details, or ask a pharmacist.'));
      noticeEl.hidden = false;
    } else if (data.best_confidence !== 'high') {
      noticeEl.append(el('p', null,
        'No confident match. The closest candidates are shown below; check the imprint, colour and shape again, and ask a pharmacist.'));
      noticeEl.hidden = false;
    } else {
      noticeEl.hidden = true;
    }

    if (results.length === 0) setStatus('No pill matches this description.');
    else if (total > results.length) setStatus(`Showing the best ${results.length} of ${total} candidates. Add details to narrow the search.`);
    else setStatus(`${total} ${total === 1 ? 'candidate' : 'candidates'} found.`);

    const sorted = [...results].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    for (const result of sorted) resultsEl.append(renderCard(result));
  }

  function renderPhoto(pill, url, index, count, className) {
    const img = el('img', className);
    img.src = url;
    img.alt = photoAlt(pill, index, count);
    img.loading = 'lazy';
    img.decoding = 'async';
    // A broken photo link should read as "no photo", not as a broken-image icon.
    img.addEventListener('error', () => img.replaceWith(el('div', 'no-photo', 'Photo unavailable')), { once: true });
    return img;
  }

  function renderCard(result) {
    const pill = result.pill || {};
    const product = result.product || {};
    const card = el('article', 'result-card');
    card.dataset.pillId = pill.id;

    const photos = Array.isArray(pill.image_urls) ? pill.image_urls : [];
    card.append(photos.length
      ? renderPhoto(pill, photos[0], 0, 1, 'pill-photo')
      : el('div', 'no-photo', 'No photo'));

    const body = el('div', 'card-body');
    const heading = el('h3', 'pill-name', pillName(pill));
    if (has(pill.strength)) heading.append(' ', el('span', 'pill-strength', pill.strength));
    body.append(heading);

    const confidence = ['high', 'medium', 'low'].includes(result.confidence) ? result.confidence : 'low';
    body.append(el('p', `confidence confidence-${confidence}`, CONFIDENCE_TEXT[confidence]));

    const facts = el('dl', 'card-facts');
    const addFact = (term, value) => facts.append(el('dt', null, term), el('dd', null, value));
    const sides = imprintWords(pill);
    addFact('Imprint', sides.length ? sides.join(' / ') : 'No imprint');
    const looks = appearance(pill);
    addFact('Looks like', looks.charAt(0).toUpperCase() + looks.slice(1));
    const labelers = (product.labelers && product.labelers.length) ? product.labelers : [pill.labeler].filter(has);
    addFact(labelers.length === 1 ? 'Labeler' : 'Labelers', labelers.length ? labelers.join('; ') : 'Not recorded');
    const ndcCount = Array.isArray(product.ndcs) ? product.ndcs.length : (has(pill.ndc11) ? 1 : 0);
    addFact('NDCs', String(ndcCount));
    body.append(facts);

    if (pill.source === 'demo') body.append(el('p', 'demo-tag', 'Demo catalog record: not for clinical use'));

    const matches = Array.isArray(result.matches) ? result.matches : [];
    if (matches.length) {
      const list = el('ul', 'matches');
      list.setAttribute('aria-label', 'Why it matched');
      for (const m of matches) {
        const item = el('li', `match match-${m.match}`);
        item.append(
          el('span', 'match-criterion', CRITERION_TEXT[m.criterion] || m.criterion),
          ' ',
          el('span', 'match-level', MATCH_TEXT[m.match] || m.match),
          ': ',
          el('span', 'match-explanation', m.explanation));
        list.append(item);
      }
      body.append(list);
    }

    const button = el('button', 'details-button', 'Details');
    button.type = 'button';
    button.setAttribute('aria-label', `Details for ${nameAndStrength(pill)}`);
    button.addEventListener('click', () => openDetail(pill.id, product, button));
    body.append(button);

    card.append(body);
    return card;
  }

  // ---------------------------------------------------------------- detail dialog

  let detailOpener = null;
  let detailController = null;

  async function openDetail(id, product, opener) {
    detailOpener = opener;
    dialogTitle.textContent = 'Pill details';
    dialogBody.replaceChildren(el('p', 'loading-note', 'Loading…'));
    if (!dialog.open) dialog.showModal();

    detailController?.abort();
    const controller = new AbortController();
    detailController = controller;
    try {
      const pill = await getJson(`/v1/pills/${encodeURIComponent(id)}`, controller.signal);
      if (controller !== detailController) return;
      renderDetail(pill, product);
    } catch (err) {
      if (err.name === 'AbortError' || controller !== detailController) return;
      const alert = el('p', 'status status-error', errorMessage(err));
      alert.setAttribute('role', 'alert');
      dialogBody.replaceChildren(alert);
    }
  }

  function renderDetail(pill, product) {
    dialogTitle.textContent = nameAndStrength(pill);
    const parts = [];

    if (pill.source === 'demo') parts.push(el('p', 'demo-tag', 'Demo catalog record: not for clinical use'));

    const photos = Array.isArray(pill.image_urls) ? pill.image_urls : [];
    if (photos.length) {
      const gallery = el('div', 'detail-photos');
      photos.forEach((url, i) => gallery.append(renderPhoto(pill, url, i, photos.length, 'detail-photo')));
      parts.push(gallery);
    } else {
      parts.push(el('div', 'no-photo', 'No photo'));
    }

    const dl = el('dl', 'detail-facts');
    const add = (term, value) => {
      const dd = el('dd');
      if (value instanceof Node) dd.append(value);
      else dd.textContent = has(value) ? String(value) : 'Not recorded';
      dl.append(el('dt', null, term), dd);
    };
    const ingredients = (pill.active_ingredients || []).filter(has);
    add('Name', pillName(pill));
    add('Strength', pill.strength);
    add('Active ingredients', ingredients.length ? ingredients.join(', ') : null);
    add('Dosage form', pill.dosage_form);
    add('Labeler', pill.labeler);
    add('Rx/OTC', rxOtcText(pill.rx_otc));
    add('DEA schedule', has(pill.dea_schedule) ? pill.dea_schedule : 'None recorded');
    add('Product NDC', pill.ndc9);
    add('Package NDC', pill.ndc11);
    add('Imprint', imprintWords(pill).join(' / ') || 'No imprint');
    add('Colours', (pill.colors || []).map(colorWord).join(', ') || null);
    add('Shape', has(pill.shape) ? shapeWord(pill.shape) : null);
    add('Size', has(pill.size_mm) ? `${pill.size_mm} mm` : null);
    add('Score', scoreText(pill.score));
    if (has(pill.part_number)) add('Kit part', pill.part_number);
    if (has(pill.rxcui)) add('RxCUI', pill.rxcui);
    if (has(pill.spl_set_id)) add('SPL set id', pill.spl_set_id);
    add('Source', pill.source);
    add('Citation', pill.citation);
    if (has(pill.loaded_at)) {
      const time = el('time', null, formatDate(pill.loaded_at));
      time.dateTime = pill.loaded_at;
      add('Loaded at', time);
    } else {
      add('Loaded at', null);
    }
    parts.push(dl);

    // The same product sold under other NDCs / by other labelers (from the search result).
    const otherNdcs = (product.ndcs || []).filter((n) => n !== pill.ndc11 && n !== pill.ndc9);
    const otherLabelers = (product.labelers || []).filter((l) => l !== pill.labeler);
    if (otherNdcs.length || otherLabelers.length) {
      const section = el('section', 'detail-product');
      section.append(el('h3', null, 'Same product, other packages'));
      if (otherNdcs.length) section.append(el('h4', null, 'Other NDCs'), listOf(otherNdcs));
      if (otherLabelers.length) section.append(el('h4', null, 'Other labelers'), listOf(otherLabelers));
      parts.push(section);
    }

    parts.push(el('p', 'detail-reminder',
      'Confirm any identification with a pharmacist or the product label.'));
    dialogBody.replaceChildren(...parts);
  }

  function listOf(items) {
    const ul = el('ul', 'plain-list');
    for (const item of items) ul.append(el('li', null, item));
    return ul;
  }

  function formatDate(iso) {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
  }

  $('detail-close').addEventListener('click', () => dialog.close());
  // A click on the backdrop reaches the <dialog> element itself.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  // Escape closes a modal <dialog> natively; every way of closing ends here.
  dialog.addEventListener('close', () => {
    detailController?.abort();
    detailController = null;
    if (detailOpener && detailOpener.isConnected) detailOpener.focus();
    detailOpener = null;
  });

  // ---------------------------------------------------------------- start

  loadCatalog();
  loadColors();
  loadShapes();
  imprintInput.focus();
})();
