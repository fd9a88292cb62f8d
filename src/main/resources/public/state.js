// The page's one piece of shared state: the profile and options asked about, the answer shown, the saved plan's
// token, the map's state outlines and the rank list being built. Modules change its fields, never replace it.
export const current = { profile: null, result: null, token: null, states: null, rank: [] };
