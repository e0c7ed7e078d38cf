export interface LayeredOptions {
  id?: string;
  decisions?: number;
  width?: number;
  endings?: number;
  method?: string;
  personality?: string;
  fault?: string;
}
export function layeredScenario(options?: LayeredOptions): string;
export function ordinaryScenario(seed: number, size?: number): string;
