/**
 * Editor and framework files generated from custom-elements.json, so hand-written tags and JSX
 * complete every attribute with its values: VS Code custom data, JetBrains web-types, and JSX
 * typings for React 19, Preact, Vue and Svelte.
 */

const HEADER = 'Generated from custom-elements.json by "npm run generate". Do not edit.';

/** Custom elements of the manifest, with the module path they are defined in. */
export const elementsOf = (manifest) =>
  manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, modulePath: module.path })),
  );

const literalValues = (typeText = '') => {
  const literals = [...typeText.matchAll(/'([^']+)'/g)].map((match) => match[1]);
  return literals.length > 0 && typeText.replace(/'[^']*'|\bundefined\b|\||\s/g, '') === '' ? literals : [];
};

/**
 * Every attribute of an element, with the values it accepts where they are a closed set. KPI
 * inputs are attributes too, named by the catalog: elements that take `kpi` list them all.
 */
const attributesOf = (element, kpis) => {
  const declared = (element.attributes ?? []).map((attribute) => ({
    name: attribute.name,
    description: attribute.description ?? '',
    values: attribute.name === 'kpi' ? kpis.map((kpi) => kpi.id) : literalValues(attribute.type?.text),
    boolean: attribute.type?.text === 'boolean',
  }));
  if (!declared.some((attribute) => attribute.name === 'kpi')) return declared;
  const usedBy = new Map();
  for (const kpi of kpis) {
    for (const input of kpi.inputs) usedBy.set(input.name, [...(usedBy.get(input.name) ?? []), kpi.id]);
  }
  const taken = new Set(declared.map((attribute) => attribute.name));
  const inputs = [...usedBy]
    .filter(([name]) => !taken.has(name))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, ids]) => ({ name, description: `KPI input of ${ids.join(', ')}.`, values: [], boolean: false }));
  return [...declared, ...inputs];
};

const describe = (element) => [element.summary, element.description].filter(Boolean).join('\n\n');

export const vscodeCustomData = (elements, kpis) => ({
  $comment: HEADER,
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: describe(element),
    attributes: attributesOf(element, kpis).map(({ name, description, values, boolean }) => ({
      name,
      description,
      ...(values.length > 0 ? { values: values.map((value) => ({ name: value })) } : {}),
      ...(boolean ? { valueSet: 'v' } : {}),
    })),
  })),
});

export const webTypes = (elements, kpis, { name, version }) => ({
  name,
  version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: describe(element),
        attributes: attributesOf(element, kpis).map(({ name: attribute, description, values, boolean }) => ({
          name: attribute,
          description,
          value: boolean
            ? { type: 'boolean', required: false }
            : values.length > 0
              ? { type: values.map((value) => `'${value}'`).join(' | ') }
              : { type: 'string' },
        })),
        events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
        css: {
          properties: (element.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
          parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
        },
      })),
    },
  },
});

const typeName = (element) => `${element.name}Attributes`;

/** One TypeScript interface of attributes per element, shared by every framework's typings. */
export const attributeTypes = (elements, kpis) => {
  const interfaces = elements.map((element) => {
    const fields = attributesOf(element, kpis).map(({ name, description, values, boolean }) => {
      const type = boolean
        ? 'boolean'
        : values.length > 0
          ? values.map((v) => `'${v}'`).join(' | ')
          : 'string | number';
      return `  /** ${description.replace(/\*\//g, '*\\/').replace(/\n/g, ' ')} */\n  '${name}'?: ${type};`;
    });
    return `/** Attributes of \`<${element.tagName}>\`. */\nexport interface ${typeName(element)} {\n${fields.join('\n')}\n}`;
  });
  const map = elements.map((element) => `  '${element.tagName}': ${typeName(element)};`).join('\n');
  return `// ${HEADER}\n\n${interfaces.join('\n\n')}\n\n/** Every kpi-kit tag and its attributes. */\nexport interface KpiKitElements {\n${map}\n}\n`;
};

const FRAMEWORK_TYPINGS = {
  react: `import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { KpiChangeEvent } from 'kpi-kit';
import type { KpiKitElements } from './kpi-kit-attributes.js';

// React 19 listens to a custom element's events by the prop's name after "on", as written:
// \`onkpi-change\` hears "kpi-change" (\`onkpichange\` would listen for "kpichange", never fired).
type Props<Attributes> = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> &
  Attributes & { 'onkpi-change'?: (event: KpiChangeEvent) => void };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
%ELEMENTS%
    }
  }
}
`,
  preact: `import type { JSX as PreactJSX } from 'preact';
import type { KpiKitElements } from './kpi-kit-attributes.js';

type Props<Attributes> = PreactJSX.HTMLAttributes<HTMLElement> & Attributes;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
%ELEMENTS%
    }
  }
}
`,
  vue: `import type { DefineComponent } from 'vue';
import type { KpiKitElements } from './kpi-kit-attributes.js';

type Props<Attributes> = DefineComponent<Attributes>;

declare module 'vue' {
  interface GlobalComponents {
%ELEMENTS%
  }
}
`,
  svelte: `import type { HTMLAttributes } from 'svelte/elements';
import type { KpiKitElements } from './kpi-kit-attributes.js';

type Props<Attributes> = HTMLAttributes<HTMLElement> & Attributes;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
%ELEMENTS%
  }
}
`,
};

/** `interop/jsx-<framework>.d.ts`: a user references the one for their framework. */
export const frameworkTypings = (elements) =>
  Object.fromEntries(
    Object.entries(FRAMEWORK_TYPINGS).map(([framework, template]) => {
      const indent = framework === 'vue' || framework === 'svelte' ? '    ' : '      ';
      const lines = elements.map(
        (element) => `${indent}'${element.tagName}': Props<KpiKitElements['${element.tagName}']>;`,
      );
      return [`interop/jsx-${framework}.d.ts`, `// ${HEADER}\n${template.replace('%ELEMENTS%', lines.join('\n'))}`];
    }),
  );
