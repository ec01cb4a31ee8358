-- Text + proximity (2 or 5 miles) + taxonomy searches, varied so no two consecutive requests are alike.
local words = { "walking group", "choir", "debt advice", "food bank", "befriending", "art class", "gardening",
  "yoga", "mens shed", "carers", "dementia cafe", "job club", "swimming", "wlaking", "bereavement", "allotment" }
local postcodes = {}
local terms = {}
local n = 0

function init(args)
  for line in io.lines(args[1]) do table.insert(postcodes, line) end
  for line in io.lines(args[2]) do table.insert(terms, line) end
end

request = function()
  n = n + 1
  local word = words[(n % #words) + 1]
  local postcode = postcodes[(n * 7919 % #postcodes) + 1]
  local path = "/oruk/services?search=" .. word:gsub(" ", "%%20") .. "&postcode=" .. postcode:gsub(" ", "%%20")
    .. "&proximity=" .. ((n % 3 == 0) and "8047" or "3219")
  if n % 2 == 0 then
    path = path .. "&taxonomy_term_id=" .. terms[(n % #terms) + 1]
  end
  return wrk.format("GET", path)
end
