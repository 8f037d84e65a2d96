-- Drives Neovim's built-in LSP client (0.7+: start_client and buf_attach_client) against
-- `stepvideo-config lsp`, for test/lsp-neovim.test.ts. Reads SVC_CMD (the server command, JSON),
-- SVC_TREE (a broken example tree), SVC_UPSTREAM (an upstream release tree, or "") and writes
-- what it saw as JSON to SVC_OUT, then quits. Every wait is bounded; a failure is written too.
vim.o.hidden = true -- an edited, unsaved buffer stays loaded while another is shown

local cmd = vim.fn.json_decode(os.getenv("SVC_CMD"))
local tree = os.getenv("SVC_TREE")
local upstream = os.getenv("SVC_UPSTREAM")
local out = { steps = {} }

-- which files the server has published diagnostics for (an empty list counts: "checked, clean")
local published = {}
local publish = vim.lsp.handlers["textDocument/publishDiagnostics"]
vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
  published[result.uri] = true
  return publish(err, result, ctx, config)
end

local function start(root)
  return vim.lsp.start_client({ name = "stepvideo-config", cmd = cmd, root_dir = root })
end

local function open(path, client_id)
  vim.cmd("edit " .. vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  return buf
end

local function diagnostics(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, { code = d.code or lsp.code, lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity, source = d.source })
  end
  return list
end

local function has(buf, code)
  for _, d in ipairs(diagnostics(buf)) do
    if d.code == code then return d end
  end
  return nil
end

local function wait_for(what, predicate)
  local ok = vim.wait(15000, predicate, 50)
  table.insert(out.steps, { step = what, ok = ok })
  if not ok then error("timed out waiting for " .. what) end
end

local function set_line(buf, from, to)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if line == from then
      vim.api.nvim_buf_set_lines(buf, i - 1, i, false, { to })
      return
    end
  end
  error("no line " .. from)
end

local function run()
  local id = start(tree)
  local t2v = tree .. "/examples/stepvideo/t2v/"
  local model = open(t2v .. "pretrain_t2v_model.json", id)
  local script = open(t2v .. "pretrain_t2v.sh", id)
  wait_for("integer-token on the model file", function() return has(model, "integer-token") ~= nil end)
  out.model_before = diagnostics(model)

  -- the unsaved edit: TP×CP = 32 no longer divides num_heads 48
  set_line(script, "TP=4", "TP=8")
  set_line(script, "CP=2", "CP=4")
  out.script_modified = vim.bo[script].modified
  wait_for("heads-divisible-by-tp-cp after the edit", function() return has(model, "heads-divisible-by-tp-cp") ~= nil end)
  wait_for("world-size-divisible on the script", function() return has(script, "world-size-divisible") ~= nil end)
  out.model_after = diagnostics(model)
  out.script_after = diagnostics(script)

  -- the quick fix for 48.0, applied by the client's own workspace-edit code
  local token = has(model, "integer-token")
  local client = vim.lsp.get_client_by_id(id)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(model) },
    range = { start = { line = token.lnum, character = token.col }, ["end"] = { line = token.lnum, character = token.end_col } },
    context = { diagnostics = {} },
  }
  local response = client.request_sync("textDocument/codeAction", params, 10000, model)
  local actions = response and response.result or {}
  out.actions = vim.tbl_map(function(a) return a.title end, actions)
  if actions[1] then vim.lsp.util.apply_workspace_edit(actions[1].edit, client.offset_encoding) end
  out.fixed_line = vim.api.nvim_buf_get_lines(model, token.lnum, token.lnum + 1, false)[1]
  wait_for("integer-token gone after the fix", function() return has(model, "integer-token") == nil end)

  if upstream ~= "" then
    local up = start(upstream)
    local dir = upstream .. "/examples/stepvideo/t2v/"
    local files = { "pretrain_t2v.sh", "pretrain_t2v_model.json", "data_static_resolution.json" }
    out.upstream = {}
    local bufs = {}
    for _, name in ipairs(files) do bufs[name] = open(dir .. name, up) end
    wait_for("upstream files checked", function()
      for _, buf in pairs(bufs) do
        if not published[vim.uri_from_bufnr(buf)] then return false end
      end
      return true
    end)
    for name, buf in pairs(bufs) do out.upstream[name] = diagnostics(buf) end
  end
end

local ok, err = pcall(run)
out.error = ok and vim.NIL or tostring(err)
vim.fn.writefile({ vim.fn.json_encode(out) }, os.getenv("SVC_OUT"))
vim.cmd("qa!")
