-- Driven by test/lsp/neovim.test.ts: opens a postmortem in headless Neovim with `pm lsp`
-- attached, waits for the diagnostics, asks for the code actions on a line, applies the first
-- one's edit and writes what it saw as JSON. Works on Neovim 0.7 (Debian's) and later.
local bin, file, out, line = os.getenv("PM_BIN"), os.getenv("PM_FILE"), os.getenv("PM_OUT"), tonumber(os.getenv("PM_LINE"))
local function finish(data)
  vim.fn.writefile({ vim.fn.json_encode(data) }, out)
  vim.cmd("qa!")
end

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local config = { name = "pm", cmd = { "node", bin, "lsp", "--stdio" }, root_dir = os.getenv("PM_ROOT") }
local client_id
if vim.lsp.start then
  client_id = vim.lsp.start(config)
else
  client_id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(buf, client_id)
end

if not vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
  return finish({ error = "no diagnostics within 20 s" })
end
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(diagnostics, { code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity, message = d.message })
end

local client = vim.lsp.get_client_by_id(client_id)
local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, range = { start = { line = line, character = 0 }, ["end"] = { line = line, character = 0 } }, context = { diagnostics = {} } }
local response = client.request_sync("textDocument/codeAction", params, 10000, buf)
local actions = (response and response.result) or {}
local titles = {}
for _, action in ipairs(actions) do table.insert(titles, action.title) end
if actions[1] then vim.lsp.util.apply_workspace_edit(actions[1].edit, "utf-16") end

local hover = client.request_sync("textDocument/hover", { textDocument = params.textDocument, position = { line = line, character = 2 } }, 10000, buf)
finish({
  diagnostics = diagnostics,
  actions = titles,
  lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false),
  hover = hover and hover.result and hover.result.contents.value or vim.NIL,
})
