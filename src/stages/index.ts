import { loadLexicon, loadTaxonomy, type NarrativeTaxonomy, type RhetoricLexicon } from '../lexicon/rhetoric.js';
import type { AnyStage } from '../pipeline.js';
import { claims } from './claims.js';
import { entities } from './entities.js';
import { narratives } from './narratives.js';
import { quantities } from './quantities.js';
import { sentences } from './sentences.js';
import { techniques } from './techniques.js';
import { turns } from './turns.js';

export interface StageOptions {
  /** A rhetoric lexicon folder (see lexicon/README.md) replacing the default, or one already loaded. */
  readonly lexicon?: string | RhetoricLexicon;
  /** A narrative taxonomy file replacing the default, or one already loaded. */
  readonly narratives?: string | NarrativeTaxonomy;
}

let defaults: { lexicon: RhetoricLexicon; taxonomy: NarrativeTaxonomy } | undefined;

/**
 * The default pipeline, in order. Adding a layer is one line here. The lexicon
 * and taxonomy files are read once per process (this is the edge that does I/O;
 * the stages themselves are pure).
 */
export function defaultStages(options: StageOptions = {}): AnyStage[] {
  // Stages are pure and reusable: build the default list once, since compiling the cues costs more than a short interview.
  if (options.lexicon === undefined && options.narratives === undefined) return (cached ??= build(options));
  return build(options);
}

let cached: AnyStage[] | undefined;

function build(options: StageOptions): AnyStage[] {
  defaults ??= { lexicon: loadLexicon(), taxonomy: loadTaxonomy() };
  const lexicon = typeof options.lexicon === 'string' ? loadLexicon(options.lexicon) : (options.lexicon ?? defaults.lexicon);
  const taxonomy = typeof options.narratives === 'string' ? loadTaxonomy(options.narratives) : (options.narratives ?? defaults.taxonomy);
  return [
    turns(),
    sentences(),
    quantities(),
    entities(),
    claims(),
    techniques({ lexicon }),
    narratives({ taxonomy }),
  ];
}
