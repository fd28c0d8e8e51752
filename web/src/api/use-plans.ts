import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type {
  PlanRunDto,
  PlanRunListResponse,
  PlanRunResponse,
  ScenarioListResponse,
  ScenarioResponse,
  scenarioCreateRequest,
} from '../../../src/contract/planning';
import type {
  PlanCompareResponse,
  PlanMoveResponse,
  PlanResponse,
} from '../../../src/contract/planning-plan';
import { ApiError, isErrorBody } from './api-error';
import { http } from './http';

export type { PlanRunDto, ScenarioDto } from '../../../src/contract/planning';
export type {
  PlanCompareResponse,
  PlanMoveDto,
  PlanMoveExplanationDto,
  PlanNominationDto,
  PlanOptimalityDto,
  PlanResponse,
  PlanTotalsDto,
} from '../../../src/contract/planning-plan';
/** What the editor sends: the request as typed before the server parses it (NIPs as plain strings). */
export type ScenarioInput = z.input<typeof scenarioCreateRequest>;
export type PlanRunState = PlanRunDto['state'];

/** Runs that are still working: the page follows their progress. */
export const ACTIVE_STATES: readonly PlanRunState[] = ['QUEUED', 'RUNNING'];
export const isActive = (state: PlanRunState) => ACTIVE_STATES.includes(state);

/** PUT is the only verb the shared client lacks; same rules: cookies, JSON, failures as ApiError. */
async function put<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const parsed: unknown = await response.json().catch(() => null);
  if (response.ok) return parsed as T;
  if (isErrorBody(parsed)) throw new ApiError(response.status, parsed.error);
  const text = {
    id: `Server menjawab dengan kode ${response.status}`,
    en: `The server answered ${response.status}`,
  };
  throw new ApiError(response.status, { code: `HTTP_${response.status}`, message: text.en, messages: text });
}

export function useScenarios() {
  return useQuery({
    queryKey: ['plans', 'scenarios'],
    queryFn: ({ signal }) => http.get<ScenarioListResponse>('/api/scenarios', {}, signal),
  });
}

/** One scenario, at a given version (the current one when none is given). */
export function useScenario(id: number | undefined, version?: number) {
  return useQuery({
    queryKey: ['plans', 'scenario', id, version],
    queryFn: ({ signal }) => http.get<ScenarioResponse>(`/api/scenarios/${id}`, { version }, signal),
    enabled: id !== undefined,
    placeholderData: keepPreviousData,
  });
}

export function useScenarioVersions(id: number | undefined) {
  return useQuery({
    queryKey: ['plans', 'scenario-versions', id],
    queryFn: ({ signal }) => http.get<ScenarioListResponse>(`/api/scenarios/${id}/versions`, {}, signal),
    enabled: id !== undefined,
  });
}

/** Creates a scenario, or saves an edit as its next version (`version` = the one edited). */
export function useSaveScenario() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      version,
      input,
    }: {
      id: number | null;
      version: number | null;
      input: ScenarioInput;
    }) =>
      id === null
        ? http.post<ScenarioResponse>('/api/scenarios', input)
        : put<ScenarioResponse>(`/api/scenarios/${id}`, { ...input, version }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['plans'] }),
  });
}

/** Plan runs, newest first; of one scenario when given. */
export function usePlanRuns(scenarioId?: number) {
  return useQuery({
    queryKey: ['plans', 'runs', scenarioId],
    queryFn: ({ signal }) => http.get<PlanRunListResponse>('/api/plans', { scenarioId }, signal),
  });
}

/** A plan's query: its moves without their explanations (`usePlanMove` loads one when opened). */
const planQuery = (id: number | undefined) => ({
  queryKey: ['plans', 'plan', id] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    http.get<PlanResponse>(`/api/plans/${id}`, { explanations: false }, signal),
});

export function usePlan(id: number | undefined) {
  return useQuery({ ...planQuery(id), enabled: id !== undefined });
}

/** One move of a plan with its explanation (fit breakdown, rules, best alternative). */
export function usePlanMove(runId: number, employeeId: number | undefined) {
  return useQuery({
    queryKey: ['plans', 'move', runId, employeeId],
    queryFn: ({ signal }) =>
      http.get<PlanMoveResponse>(`/api/plans/${runId}/moves/${employeeId}`, {}, signal),
    enabled: employeeId !== undefined,
    staleTime: Number.POSITIVE_INFINITY, // a finished plan never changes
  });
}

export function useStartPlanRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ scenarioId, version }: { scenarioId: number; version?: number }) =>
      http.post<PlanRunResponse>(`/api/scenarios/${scenarioId}/runs`, version ? { version } : {}),
    // Not awaited: the page shows the started run from this answer at once; the lists catch up.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['plans', 'runs'] });
    },
  });
}

export function useCancelPlanRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (runId: number) => http.post<PlanRunResponse>(`/api/plans/${runId}/cancel`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['plans', 'runs'] }),
  });
}

export function usePlanComparison(a: number | undefined, b: number | undefined) {
  return useQuery({
    queryKey: ['plans', 'compare', a, b],
    queryFn: ({ signal }) => http.get<PlanCompareResponse>('/api/plans/compare', { a, b }, signal),
    enabled: a !== undefined && b !== undefined && a !== b,
  });
}

export interface LiveProgress {
  readonly state: PlanRunState;
  readonly progress: PlanRunDto['progress'];
}

/**
 * A run's progress from its Server-Sent Events (the session cookie goes along, same origin) until
 * the `end` event; then the run lists and the plan are refetched, and a finished plan is fetched
 * ahead so that opening it shows it at once. Null before the first event.
 */
export function usePlanRunEvents(runId: number | null): LiveProgress | null {
  const client = useQueryClient();
  const [live, setLive] = useState<LiveProgress | null>(null);
  useEffect(() => {
    setLive(null);
    if (runId === null) return;
    const source = new EventSource(`/api/plans/${runId}/events`, { withCredentials: true });
    const read = (e: MessageEvent<string>) => JSON.parse(e.data) as LiveProgress;
    source.addEventListener('progress', (e) => setLive(read(e)));
    source.addEventListener('end', (e) => {
      // The server closes the stream after `end`; closing first keeps EventSource from reconnecting.
      source.close();
      const end = read(e);
      setLive(end);
      void client.invalidateQueries({ queryKey: ['plans'] });
      if (end.state === 'SUCCEEDED' || end.state === 'INFEASIBLE')
        void client.prefetchQuery(planQuery(runId));
    });
    return () => source.close();
  }, [runId, client]);
  return live;
}
