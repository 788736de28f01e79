// Vitest runs data functions directly; the real package throws outside a React Server environment.
export {};
