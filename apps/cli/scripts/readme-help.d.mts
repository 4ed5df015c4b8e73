export const COMMANDS: string[];
export const START: string;
export const END: string;
export function renderHelpSection(cli: string): string;
