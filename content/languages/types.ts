/**
 * What the matcher knows of one language: its words for vitamin D3 and for what surrounds a
 * bare "D3". Data only; `content/detect/lexicon.ts` compiles every language into the
 * matcher's patterns, so adding a language is adding one file here (see CONTRIBUTING.md).
 *
 * Every string is literal text, matched without regard to case (write each accented or
 * unaccented spelling that is really used). A trailing `*` lets a word take an ending of up to
 * six letters: `capsul*` finds capsule, capsules, cápsulas. Words without it must stand whole.
 */
export interface Language {
  /** BCP 47 tag, as the corpus files are named. */
  tag: string;
  /** English name, for reports. */
  name: string;
  /**
   * The vitamin word as written before the code ("vitamin D3", "витамина Д3", "ビタミンD3"),
   * with its abbreviations ("vit.", "вит."). Its ending, if the language inflects it, is
   * `endings` letters long at most.
   */
  vitamin: readonly string[];
  /** How many letters of grammatical ending the vitamin word may carry before the code. */
  endings?: number;
  /** Letters glued to the front of a word (Hebrew ה/ו/ב/ל, Arabic ال/و/ب): part of the mention. */
  prefixes?: readonly string[];
  /**
   * The vitamin word as written after the code, each inflected form in full ("D3 vitamin",
   * "D3-vitamiinia", "D3 vitaminini"), the base form first. Absent where the code never comes
   * first.
   */
  after?: readonly string[];
  /**
   * Whether a code-first phrase can run on into a compound ("D3-vitamiinilisä"): the mention
   * then ends with the base form (the first of `after`), the rest being another word.
   */
  compounds?: boolean;
  /** How the letter D is written besides Latin D (Д, डी, ডি, ดี, د). */
  d?: readonly string[];
  /** How the digit 3 is written besides 3 and ₃ (٣, ۳, ३, ৩, ๓). */
  three?: readonly string[];
  /** Bare codes in the local letter are the vitamin only after a vitamin word (Thai ดี is also "good"). */
  noBareLocalD?: boolean;
  /**
   * Words that, right before the vitamin word or the chemical name, make the phrase another
   * molecule: "25-hydroxy" (25-hydroxyvitamin D3, calcifediol), "活性型" (active vitamin D3).
   */
  notBefore?: readonly string[];
  /** The chemical name, cholecalciferol, in each spelling the language uses. */
  chemical: readonly string[];
  /**
   * Words that make a digit after a spaced "D 3" a count, not part of the name ("vitamin D 3
   * times a week", "ビタミンD 3ヶ月分").
   */
  counts?: readonly string[];
  /** Words that tell what a bare "D3" is. */
  cues?: Cues;
  /** How a dose beside a mention is written, for the card's dose line (content/dose.ts). */
  dose?: DoseWords;
}

export interface Cues {
  /** Vitamin K2 by other names (menaquinone). K2, K₂ and MK-7 are known everywhere. */
  k2?: readonly string[];
  /** Vitamin D2 by other names (ergocalciferol): "D2" itself is known everywhere. */
  d2?: readonly string[];
  /** Dose units after a number ("1000 IU", "25 µg", "2000 МЕ"). */
  units?: readonly string[];
  /** What supplements come as: drops, capsules, softgels, tablets, sprays, "supplement". */
  forms?: readonly string[];
  /** Other supplements that share a list with D3: magnesium, zinc, fish oil, B12. */
  supplements?: readonly string[];
  /** Verbs of taking or supplementing: a weak sign alone ("take the D3 exit"). */
  taking?: readonly string[];
  /** Health words: deficiency, bones, levels, calcium, sunlight. A weak sign alone. */
  health?: readonly string[];
  /** Small words that may stand between a D3 and its sign ("drops of D3", "D3 and K2"). */
  joiners?: readonly string[];
  /**
   * Words of the other D3s: sport divisions, roads, transport, seats and gates, games,
   * cameras, genes and receptors, music, chess, spreadsheets, code, paper sizes. Beside a
   * bare D3, or anywhere in its sentence without a stronger sign, they mean it is not the vitamin.
   */
  negatives?: readonly string[];
}

/**
 * The dose line reads the units from `cues.units`: every one is international units, but
 * those listed here as micrograms or as blood levels.
 */
export interface DoseWords {
  /** Of `cues.units`, those that are micrograms (µg, mcg, мкг, 微克). */
  micrograms?: readonly string[];
  /** Of `cues.units`, those that measure a blood level (ng/mL), never a dose. */
  levels?: readonly string[];
  /** The word for "of" between a dose and its vitamin ("2000 IU of D3", "1000 UI de D3"). */
  of?: readonly string[];
}

/** Identity, for type checking and editor help in the data files. */
export const defineLanguage = (language: Language): Language => language;
