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
export function compactChain(nodes: number): string;
export function wideScenario(decisions: number, replies: number): string;
export function manyKeys(keys: number): string;
