# promptscrub shell helpers: source this from ~/.bashrc or ~/.zshrc.
# Each wrapper redacts the prompt, sends only placeholders to the AI CLI,
# and restores the real values in the answer (one session per shell).

export PROMPTSCRUB_SESSION="${PROMPTSCRUB_SESSION:-shell-$$}"

# scrub a clipboard / pipe before pasting anywhere
alias scrub='promptscrub redact'
alias unscrub='promptscrub restore'

# ask an AI CLI with a redacted prompt; the answer comes back restored
ask()   { printf '%s' "$*" | promptscrub redact | llm           | promptscrub restore; }
claudep() { printf '%s' "$*" | promptscrub redact | claude -p     | promptscrub restore; }
codexp()  { printf '%s' "$*" | promptscrub redact | codex exec -  | promptscrub restore; }
geminip() { printf '%s' "$*" | promptscrub redact | gemini -p ""  | promptscrub restore; }

# macOS clipboard round trip: pbpaste | promptscrub | pbcopy
alias scrubclip='pbpaste | promptscrub redact | pbcopy'
