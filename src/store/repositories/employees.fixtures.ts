/** Shared names of the employees suites: the people of `test/support/sample-dataset.ts`. */

export const RUDI = 'Rudi Hutagalung';
export const SARI = 'Sari Panggabean';
export const ANI = 'ani lubis';
export const BONA = 'Bona Situmorang';
export const TIGOR = 'Tigor Simanjuntak';
export const MARIA = 'Maria Sihombing';
export const YUSUF = 'Yusuf Nasution';
export const HASUDUNGAN = 'Hasudungan Pasaribu';
