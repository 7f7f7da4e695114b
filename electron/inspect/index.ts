/// The inspector's entry for hosts (CLI, the levels' judge, the app).

export { inspectProgram, inspectRunOptions, replayFailure, INSPECT_HEAP_MB, INSPECT_SEED } from './inspect.ts'
export { formatReport, reportToJson } from './report.ts'
export type * from './api.ts'
