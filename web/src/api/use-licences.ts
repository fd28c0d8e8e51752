import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { addLicenceBody } from '../../../src/contract/index';
import { http } from './http';
import type { EmployeeDetailDto } from './types';

export type AddLicenceInput = z.input<typeof addLicenceBody>;

const licencesPath = (nip: string) => `/api/employees/${encodeURIComponent(nip)}/licences`;

/** Adds or removes an employee's licence; the answer is the updated profile, so it is refetched. */
export function useLicenceWrite(nip: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['employee'] });
  const add = useMutation({
    mutationFn: (body: AddLicenceInput) => http.post<EmployeeDetailDto>(licencesPath(nip), body),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (licenceId: number) => http.delete<EmployeeDetailDto>(`${licencesPath(nip)}/${licenceId}`),
    onSuccess: refresh,
  });
  return { add, remove };
}
