// Instructions aimed at the assistant: removed from questions, never quoted from documents. They change nothing.
import { fold } from '../nl/index.ts';

const IN_QUESTION =
  /\b(negeer|vergeet|ignore|disregard|forget)\b[^.!?\n]{0,60}\b(instructie\w*|opdracht\w*|regels?|prompt|instructions?|rules)\b[^.!?\n]*[.!?]?|\b(je bent nu|jij bent nu|you are now|act as|doe alsof|gedraag je als|system prompt|systeemprompt|developer mode)\b[^.!?\n]*[.!?]?|\b(zeg|antwoord|schrijf|say|answer)\b[^.!?\n]{0,40}\b(altijd|alleen maar|voortaan|always|only)\b[^.!?\n]*[.!?]?/gi;

export function stripInstructions(question: string): string {
  return question.replace(IN_QUESTION, ' ').replace(/\s+/g, ' ').trim();
}

const IN_PASSAGE: RegExp[] = [
  /\b(negeer|vergeet|omzeil)\b.{0,40}\b(instructies?|opdrachten|regels|prompt)\b/,
  /\b(ignore|disregard|forget)\b.{0,40}\b(instructions?|prompts?|rules)\b/,
  /\b(systeemprompt|systeem prompt|system prompt)\b/,
  /\b(je bent|jij bent|you are) (nu |now )?(een |an? )?(ai|assistent|assistant|taalmodel|chatbot|language model)\b/,
  /\bals (ai|taalmodel|assistent|chatbot)\b/,
  /\bnieuwe instructies?\b|\bnew instructions?\b/,
];

/** True for a sentence that addresses the assistant instead of describing stages. */
export function looksLikeInstruction(sentence: string): boolean {
  const f = fold(sentence.slice(0, 2000));
  return IN_PASSAGE.some((re) => re.test(f));
}
