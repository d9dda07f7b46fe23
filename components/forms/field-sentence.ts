/**
 * An API field problem ("must be at most 200 characters") as the sentence shown
 * under its field ("Must be at most 200 characters."). Forms whose label sits
 * right above the message use this; form-fields.tsx puts the label in front.
 */
export function asSentence(message: string | undefined): string | undefined {
  if (!message) return undefined;
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
