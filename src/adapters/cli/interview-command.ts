/**
 * @module `tonus interview`: the patient interview in the terminal, and `tonus interview --json`
 * speaking the JSON-lines protocol of ../shared/design/INTERVIEW.md on standard input and output,
 * so that any program can drive an interview. Both run the same stateless use case.
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { parseJson } from '../../app/index.js';
import {
  answerStep,
  errorView,
  questionView,
  resultView,
  stepFor,
  type QuestionStep,
  type ResultStep,
} from '../../app/interview/index.js';
import type { AnswerValue, Answers, Ref } from '../../domain/interview/index.js';
import {
  ANSWER_WORDS,
  en,
  LIKELIHOOD_TEXT,
  STOP_TEXT,
  TERMINAL_HINT,
  WATCH_TEXT,
} from '../../i18n/index.js';
import { acceptsValue, likelihoodOf } from '../../domain/interview/index.js';
import { EXIT, type CliIo } from './io.js';

/** Where the session writes: one call per line. */
export interface InterviewOutput {
  out(line: string): void;
  err(line: string): void;
}

const END_OF_INPUT = 'error: end of input before the interview reached its result';

/**
 * The JSON-lines protocol: a question line, the caller's answer line, until the result line.
 * @returns The exit code: 0 after the result, 2 when the input ends first.
 */
export async function runJsonInterview(
  lines: AsyncIterable<string>,
  io: InterviewOutput,
  asOf: string,
): Promise<number> {
  const input = lines[Symbol.asyncIterator]();
  let answers: Answers = {};
  for (;;) {
    const step = stepFor(answers, asOf);
    if (step.type === 'result') {
      io.out(JSON.stringify(resultView(step)));
      return EXIT.ok;
    }
    io.out(JSON.stringify(questionView(step)));
    for (;;) {
      const next = await input.next();
      if (next.done === true) {
        io.err(END_OF_INPUT);
        return EXIT.badInput;
      }
      if (next.value.trim() === '') {
        continue;
      }
      const json = parseJson(next.value);
      const reply = json.ok ? answerStep(answers, step, json.value) : json;
      if (reply.ok) {
        answers = reply.value;
        break;
      }
      for (const issue of reply.issues) {
        io.out(JSON.stringify(errorView(issue)));
      }
      io.out(JSON.stringify(questionView(step)));
    }
  }
}

/** Reads one terminal answer for a ref: y/n/? for an item, a number, or the number of an option. */
function parseTyped(step: QuestionStep, typed: string): AnswerValue | undefined {
  const t = typed.trim().toLowerCase();
  if (t === '?' || t === 'dk' || t === "don't know" || t === 'dont know') {
    return null;
  }
  if (step.kind === 'checklist' || step.kind === 'yes_no') {
    if (['y', 'yes'].includes(t)) {
      return true;
    }
    return ['n', 'no'].includes(t) ? false : undefined;
  }
  const n = t === '' ? NaN : Number(t);
  if (step.kind === 'single') {
    return Number.isInteger(n) ? step.options[n - 1] : undefined;
  }
  return Number.isFinite(n) ? n : undefined;
}

/** The interview for a person at the terminal: one item at a time, `?` for "I don't know". */
export async function runTerminalInterview(
  lines: AsyncIterable<string>,
  io: InterviewOutput,
  asOf: string,
): Promise<number> {
  const input = lines[Symbol.asyncIterator]();
  io.out(en.notice);
  io.out(
    `Answer each line with y (${ANSWER_WORDS.yes}), n (${ANSWER_WORDS.no}), a number, or ? (${ANSWER_WORDS.unknown}).`,
  );
  let answers: Answers = {};
  for (;;) {
    const step = stepFor(answers, asOf);
    if (step.type === 'result') {
      terminalResult(step, io);
      return EXIT.ok;
    }
    const view = questionView(step);
    io.out('');
    io.out(`${view.n}. ${view.text}`);
    view.options.forEach((o, i) => {
      io.out(`   ${i + 1}) ${o.label}`);
    });
    const reply: Partial<Record<Ref, AnswerValue>> = {};
    for (const [k, ref] of step.asks.entries()) {
      const label = view.asks[k]?.label ?? ref;
      for (;;) {
        io.out(`   ${label}${step.kind === 'checklist' || step.kind === 'yes_no' ? '?' : ':'}`);
        const next = await input.next();
        if (next.done === true) {
          io.err(END_OF_INPUT);
          return EXIT.badInput;
        }
        const value = parseTyped(step, next.value);
        if (value !== undefined && acceptsValue(ref, value)) {
          reply[ref] = value;
          break;
        }
        io.out(`   ${TERMINAL_HINT[step.kind]}`);
      }
    }
    const done = answerStep(answers, step, { answers: reply });
    if (done.ok) {
      answers = done.value;
    } else {
      done.issues.forEach((i) => {
        io.out(`   ${en.issue(i)}`);
      });
    }
  }
}

function terminalResult(step: ResultStep, io: InterviewOutput): void {
  const r = step.result;
  const e = r.engine;
  io.out('');
  io.out(STOP_TEXT[r.stoppedBecause]);
  io.out(`What to do: ${en.levelAdvice[e.triage.level]}`);
  io.out('Why:');
  for (const reason of e.triage.reasons) {
    io.out(`  - ${en.reasonForPatient(reason.rule)}`);
  }
  const plan = resultView(step).selfCare;
  io.out(`${plan.heading}:`);
  for (const item of plan.items) {
    io.out(`  - ${item.text}`);
  }
  io.out('Where the cause may lie:');
  for (const g of e.groups) {
    io.out(`  - ${en.group[g.group]}: ${LIKELIHOOD_TEXT[likelihoodOf(g.probability)]}`);
  }
  if (r.watchFor.length > 0) {
    io.out('Watch for:');
    for (const w of r.watchFor) {
      io.out(`  - ${WATCH_TEXT[w]}`);
    }
  }
  io.out('');
  io.out(en.notice);
}

/** Lines of standard input, as the session reads them. */
function stdinLines(): AsyncIterable<string> {
  return createInterface({ input: process.stdin, terminal: false, crlfDelay: Infinity });
}

export function addInterviewCommand(
  program: Command,
  io: CliIo,
  setCode: (code: number) => void,
  lines: () => AsyncIterable<string> = stdinLines,
): void {
  program
    .command('interview')
    .description(
      'the patient interview: questions a patient can answer, emergency first, to a triage level and the likely cause group',
    )
    .option('--json', 'speak the JSON-lines protocol on standard input and output')
    .addHelpText(
      'after',
      '\nExamples:\n  $ tonus interview\n  $ tonus interview --json < answers.jsonl\n\nExit codes: 0 result given; 2 the input ended first.',
    )
    .action(async (opts: { json?: boolean }) => {
      const output: InterviewOutput = {
        out: (l) => {
          io.out(l);
        },
        err: (l) => {
          io.err(l);
        },
      };
      const run = opts.json === true ? runJsonInterview : runTerminalInterview;
      setCode(await run(lines(), output, io.today()));
    });
}
