// Types for the <journey-story> element (embed.js): its attributes, the `story` property, its
// events and their details, and JSX for React and Preact. Kept true by
// tests/e2e/manifest.test.mjs against www/custom-elements.json and the running element.
//
//   import type {} from './journey-story.d.ts';   (or add the file to your tsconfig's files)
//   document.querySelector('journey-story')?.addEventListener('journey-story:toggle', (e) => e.detail.open);
//
// The JSX entries augment the 'react' and 'preact' modules, so TypeScript checks them against
// those packages' types: a project with neither installed needs `skipLibCheck` (the default of
// most templates) or can delete the two blocks at the end.

/** A story in the story format, version 1 (www/story.schema.json). */
export interface JourneyStoryData {
  version: 1;
  title: string;
  author: { name: string; url?: string };
  summary?: string;
  lang?: string;
  sections: JourneyStorySection[];
}

export interface JourneyStorySection {
  id?: string;
  title: string;
  body: string;
  status?: 'done' | 'current' | 'upcoming';
  period?: string;
  highlights?: string[];
  skills?: string[];
}

/** `journey-story:load`: a story is shown (each new story or version, never on a re-render). */
export interface JourneyStoryLoadDetail {
  title: string;
  /** How many sections the story has. */
  sections: number;
}

/** Why a story cannot be shown; stable across versions (README: Styling and scripting API). */
export type JourneyStoryErrorCode =
  | 'no-source'
  | 'network'
  | 'cors'
  | 'timeout'
  | 'not-found'
  | 'http'
  | 'html-page'
  | 'too-large'
  | 'empty'
  | 'not-utf8'
  | 'not-json'
  | 'invalid'
  | 'wasm'
  | 'csp'
  | 'stopped';

/** `journey-story:error`: the story cannot be shown. */
export interface JourneyStoryErrorDetail {
  code: JourneyStoryErrorCode;
  /** Where an `invalid` story is wrong, e.g. `sections[0].title`. */
  path?: string;
}

/** `journey-story:toggle`: the reader opened or closed a section (one event per section). */
export interface JourneyStoryToggleDetail {
  /** The section's id. */
  section: string;
  open: boolean;
}

/** `journey-story:progress`: once a story is shown, then whenever reading progress changes. */
export interface JourneyStoryProgressDetail {
  /** Sections read. */
  read: number;
  /** Sections with text. */
  total: number;
}

export interface JourneyStoryEventMap {
  'journey-story:load': CustomEvent<JourneyStoryLoadDetail>;
  'journey-story:error': CustomEvent<JourneyStoryErrorDetail>;
  'journey-story:toggle': CustomEvent<JourneyStoryToggleDetail>;
  'journey-story:progress': CustomEvent<JourneyStoryProgressDetail>;
}

/** The element's attributes, as JSX props (all strings in HTML). */
export interface JourneyStoryAttributes {
  src?: string;
  open?: 'first' | 'all' | 'none';
  theme?: 'auto' | 'light' | 'dark';
  /** Seconds, e.g. `"20"` or `"2.5"`. */
  timeout?: string | number;
  /** e.g. `"2M"`, `"512K"`, `"1500000"`; at most 16M. */
  'max-size'?: string | number;
  lang?: string;
  id?: string;
  fit?: 'box';
  /** `lazy`: nothing is downloaded until the widget nears the viewport. */
  loading?: 'lazy' | 'eager';
}

export declare class JourneyStoryElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** A story object or its JSON text, shown instead of `src`; `null` goes back to `src`. */
  story: JourneyStoryData | string | null | undefined;
  // addEventListener knows the events through HTMLElementEventMap, below.
}

/** Props for the element in JSX: its attributes, the `story` property, children. */
type JourneyStoryJsxProps = JourneyStoryAttributes & {
  story?: JourneyStoryData | string | null;
  class?: string;
  className?: string;
  style?: unknown;
  children?: unknown;
  ref?: unknown;
  key?: string | number;
  [dataAttribute: `data-${string}`]: string | undefined;
};

declare global {
  interface HTMLElementTagNameMap {
    'journey-story': JourneyStoryElement;
  }
  // The events bubble and are composed: a page can listen on any ancestor, or on document.
  interface HTMLElementEventMap extends JourneyStoryEventMap {}
  interface DocumentEventMap extends JourneyStoryEventMap {}
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'journey-story': JourneyStoryJsxProps;
    }
  }
}

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'journey-story': JourneyStoryJsxProps;
    }
  }
}
