// Names inside running text: written exactly as given, but a sentence still opens with a capital.

/**
 * A name opening a sentence: exactly as written ("eCare Inspectorate", "HMICFRS"), except that a
 * leading article is capitalised ("the inspectorate" -> "The inspectorate", "the force" -> "The force").
 */
export const sentenceStart = (name: string) => name.replace(/^the\b/, 'The');
