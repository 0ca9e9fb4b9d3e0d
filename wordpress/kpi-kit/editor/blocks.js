/**
 * The kit's blocks in the editor, in plain JavaScript with no build step. Every block is dynamic:
 * it saves only its attributes, and its preview is the widget itself. The controls come from data
 * generated at build time (window.kpiKitEditor): each element's attributes from the manifest, and
 * the KPI catalog with names in every language the kit speaks.
 */
(function (wp, data) {
  'use strict';

  const el = wp.element.createElement;
  const { Fragment, useEffect, useState } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { ComboboxControl, Notice, PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const { __, sprintf } = wp.i18n;

  /** The editor's language (`nl` for nl-NL) if the catalog has names in it, else English. */
  const editorLang = data.catalog.langs.includes(data.locale.split('-')[0]) ? data.locale.split('-')[0] : 'en';
  const kpiById = new Map(data.catalog.kpis.map((kpi) => [kpi.id, kpi]));
  const kpiOptions = data.catalog.kpis
    .map((kpi) => ({ value: kpi.id, label: `${kpi.names[editorLang]} (${kpi.id})` }))
    .sort((a, b) => a.label.localeCompare(b.label, editorLang));

  /** Locales the kit has words for, by region; the empty one follows the page's language. */
  const LOCALES = ['en-US', 'en-GB', 'nl-NL', 'nl-BE', 'de-DE', 'de-AT', 'de-CH', 'fr-FR', 'fr-BE', 'fr-CA'];

  /** An attribute's name as a field's label: `previous-value` reads "Previous value". */
  const labelOf = (name) => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');

  /** How each kind of input is written, as help under its field. */
  const KIND_HELP = {
    count: __('A whole number, such as 1200.', 'kpi-kit'),
    amount: __('An amount with a dot for decimals, such as 1250.50.', 'kpi-kit'),
    signed: __('An amount, negative allowed, such as -250.', 'kpi-kit'),
    rate: __('A rate: 5% or 0.05.', 'kpi-kit'),
    number: __('A number with a dot for decimals.', 'kpi-kit'),
    answer: __('A survey answer from 0 to 10.', 'kpi-kit'),
    percent: __('A percentage: 12.5% or 0.125.', 'kpi-kit'),
  };

  /**
   * The engine, from the kit the page already loads (same URL, so the same module): its parsing
   * and messages are the widget's own. The editor works without it, minus inline messages.
   */
  const engine = import(data.moduleUrl).then(
    (kit) => Promise.all(data.catalog.langs.map((lang) => kit.loadPack(lang))).then(() => kit),
    () => null,
  );
  const useEngine = () => {
    const [kit, setKit] = useState(null);
    useEffect(() => {
      engine.then(setKit);
    }, []);
    return kit;
  };

  /**
   * The engine's message for the first bad input of the current (or previous) period, by field.
   * A trend's inputs are series, which the engine reads per period.
   */
  const inputProblem = (kit, tag, kpi, inputs, locale, prefix) => {
    if (!kit || !kpiById.has(kpi)) return null;
    const read = (name) => inputs[prefix + name];
    const given = kpiById.get(kpi).inputs.some((input) => (read(input.name) ?? '') !== '');
    if (!given) return null;
    const field = (name) => prefix + name;
    const result = tag === 'kpi-trend' ? kit.computeSeries(kpi, read, field) : kit.computeKpi(kpi, read, { field });
    if (result.ok) return null;
    return { field: result.error.fields[0], message: kit.describeError(result.error, locale) };
  };

  /** The element's attributes as the widget takes them: strings, and presence for booleans. */
  const elementProps = (element, attributes) => {
    const props = {};
    for (const attribute of element.attributes) {
      const value = attributes[attribute.name];
      if (attribute.type === 'boolean') {
        if (value) props[attribute.name] = '';
      } else if (value !== undefined && value !== '') {
        props[attribute.name] = value;
      }
    }
    for (const [name, value] of Object.entries(attributes.inputs ?? {})) {
      if (value !== '') props[name] = value;
    }
    return props;
  };

  /** One control for one manifest attribute: a toggle, a choice, or a text field. */
  const attributeControl = (attribute, attributes, setAttributes) => {
    const props = {
      key: attribute.name,
      label: labelOf(attribute.name),
      help: attribute.help,
    };
    const set = (value) => setAttributes({ [attribute.name]: value });
    if (attribute.type === 'boolean') {
      return el(ToggleControl, { ...props, checked: !!attributes[attribute.name], onChange: set });
    }
    if (attribute.name === 'locale') {
      const options = [{ value: '', label: __("The page's language", 'kpi-kit') }].concat(
        LOCALES.map((locale) => ({ value: locale, label: locale })),
      );
      return el(SelectControl, { ...props, value: attributes.locale ?? '', options, onChange: set });
    }
    if (attribute.choices) {
      const options = [{ value: '', label: __('Default', 'kpi-kit') }].concat(
        attribute.choices.map((choice) => ({ value: choice, label: choice })),
      );
      return el(SelectControl, { ...props, value: attributes[attribute.name] ?? '', options, onChange: set });
    }
    return el(TextControl, { ...props, value: attributes[attribute.name] ?? '', onChange: set });
  };

  /** The fields of a KPI's inputs, for one period (`prefix` is `previous-` for the previous one). */
  const inputFields = (tag, kpi, attributes, setAttributes, problem, prefix) =>
    kpi.inputs.map((input) => {
      const name = prefix + input.name;
      const help =
        problem && problem.field === name
          ? el('span', { className: 'kpi-kit-editor__error', role: 'alert' }, problem.message)
          : tag === 'kpi-trend'
            ? __('One value per period, comma-separated; leave an entry empty for a gap.', 'kpi-kit')
            : KIND_HELP[input.kind];
      return el(TextControl, {
        key: name,
        label: input.optional ? sprintf(__('%s (optional)', 'kpi-kit'), labelOf(name)) : labelOf(name),
        help,
        value: attributes.inputs?.[name] ?? '',
        onChange: (value) => setAttributes({ inputs: { ...attributes.inputs, [name]: value } }),
      });
    });

  /** A problem no field shows (a KPI that needs one of several sets of inputs, say). */
  const orphanNotice = (problem, fields) =>
    problem && !fields.includes(problem.field)
      ? el(Notice, { status: 'warning', isDismissible: false }, problem.message)
      : null;

  const panels = (tag, element, attributes, setAttributes, kit) => {
    const group = (name) =>
      element.attributes.filter((attribute) => attribute.group === name && attribute.name !== 'kpi');
    const controls = (name) => group(name).map((attribute) => attributeControl(attribute, attributes, setAttributes));
    const kpi = kpiById.get(attributes.kpi);
    const locale = attributes.locale || data.locale;
    const result = [];
    if (element.catalog) {
      const problem = kpi && inputProblem(kit, tag, kpi.id, attributes.inputs ?? {}, locale, '');
      const names = kpi ? kpi.inputs.map((input) => input.name) : [];
      result.push(
        el(
          PanelBody,
          { key: 'kpi', title: __('KPI', 'kpi-kit') },
          el(ComboboxControl, {
            label: __('Which KPI', 'kpi-kit'),
            help: kpi ? null : __('Pick a KPI from the catalog, or give a ready value below.', 'kpi-kit'),
            value: attributes.kpi ?? '',
            options: kpiOptions,
            onChange: (id) => setAttributes({ kpi: id ?? '' }),
          }),
          kpi ? inputFields(tag, kpi, attributes, setAttributes, problem, '') : null,
          orphanNotice(problem, names),
        ),
      );
      // A card compares with earlier periods through their inputs: a panel for each, by its prefix.
      const earlier = [
        ['previous-', __('Previous period', 'kpi-kit')],
        ['year-ago-', __('Same period last year', 'kpi-kit')],
      ];
      for (const [prefix, title] of kpi && element.previous ? earlier : []) {
        const problem = inputProblem(kit, tag, kpi.id, attributes.inputs ?? {}, locale, prefix);
        result.push(
          el(
            PanelBody,
            { key: prefix, title, initialOpen: false },
            inputFields(tag, kpi, attributes, setAttributes, problem, prefix),
            orphanNotice(
              problem,
              names.map((name) => `${prefix}${name}`),
            ),
          ),
        );
      }
    }
    result.push(el(PanelBody, { key: 'figure', title: __('Figures', 'kpi-kit') }, controls('figure')));
    if (group('ready').length > 0) {
      result.push(
        el(
          PanelBody,
          { key: 'ready', title: __('Ready value (without a KPI)', 'kpi-kit'), initialOpen: !kpi },
          controls('ready'),
        ),
      );
    }
    result.push(
      el(PanelBody, { key: 'display', title: __('Display', 'kpi-kit'), initialOpen: false }, controls('display')),
    );
    result.push(
      el(PanelBody, { key: 'source', title: __('Data file', 'kpi-kit'), initialOpen: false }, controls('source')),
    );
    return result;
  };

  for (const [tag, element] of Object.entries(data.elements)) {
    wp.blocks.registerBlockType(`kpi-kit/${tag}`, {
      edit: function Edit({ attributes, setAttributes }) {
        const kit = useEngine();
        const blockProps = useBlockProps();
        return el(
          Fragment,
          null,
          el(InspectorControls, null, panels(tag, element, attributes, setAttributes, kit)),
          el('div', blockProps, el(tag, elementProps(element, attributes))),
        );
      },
      // Dynamic: PHP writes the tag on every view, so post content holds only the block comment.
      save: () => null,
    });
  }
})(window.wp, window.kpiKitEditor);
