// Shapes of a simulation: scripted answers in, an ordered timeline with explained decisions out.
import type { LocalizedText } from '../schema/common.js';
import type { Assignee, StepType } from '../schema/steps.js';
import type { TaskAssigneeTarget } from '../contract/common.js';
import type { AssignmentReason } from '../assignment/resolve.js';
import type { TransitionEvaluation } from '../engine/choose.js';
import type { Issue } from '../validate/issue.js';

/** Answers of one task completion; `after` (ISO duration) is how long after opening the task is completed. */
export type ScriptedAnswer = Record<string, unknown> | { answers: Record<string, unknown>; after?: string };
/** By task step id: one answer set reused at every visit, or a list consumed visit after visit. */
export type ScriptedAnswers = Record<string, ScriptedAnswer | ScriptedAnswer[]>;

/** Who a simulated task (or notification) would go to, and why. */
export type SimulatedAssignment = {
  rule: Assignee;
  target: TaskAssigneeTarget;
  reason: AssignmentReason;
  text: { fr: string; en: string };
  /**
   * The target is a pool or the professionals covering the patient's commune, and the simulator assumed someone was
   * there (it does not know the CPTS's members unless told through `SimulateOptions.assignment`).
   */
  assumed: boolean;
};
export type SimulatedStep = {
  id: string;
  type: StepType;
  at: string;
  iteration: number;
  title?: LocalizedText;
  answers?: Record<string, unknown>;
  assignment?: SimulatedAssignment;
};
export type SimulatedDecision = {
  stepId: string;
  at: string;
  index: number;
  to: string;
  evaluations: TransitionEvaluation[];
};
export type SimulationStatus = 'ended' | 'waiting' | 'stopped' | 'not-eligible' | 'invalid';
export type SimulationResult = {
  status: SimulationStatus;
  outcome?: string;
  waitingAt?: { stepId: string; at: string; reason: { fr: string; en: string } };
  eligibility?: { result: boolean; text: { fr: string; en: string } };
  steps: SimulatedStep[];
  decisions: SimulatedDecision[];
  errors?: Issue[];
};
export type SimulateOptions = {
  /** Stop after this many steps (loops are bounded so a simulation always terminates). */
  maxSteps?: number;
  /** Stop when simulated time goes past start + horizon (ISO duration). */
  horizon?: string;
  /** Simulate even when the patient is not eligible. */
  ignoreEligibility?: boolean;
  previousOutcome?: string | null;
  /**
   * What the simulator cannot know about the CPTS: which pools have members and which professions have someone covering
   * the patient's commune. Left out, each is assumed reachable (and the assignment says it was assumed).
   */
  assignment?: {
    reachablePools?: readonly string[];
    coveringProfessions?: readonly string[];
    /** Pool names by key, for the explanations. */
    poolNames?: Readonly<Record<string, string>>;
  };
};
