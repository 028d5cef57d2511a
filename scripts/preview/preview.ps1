# One-command local preview of a downloaded pull-request build (Windows, no Node needed).
# Unzip the artifact, then right-click this file → "PowerShell で実行" (Run with PowerShell), or run:
#   powershell -ExecutionPolicy Bypass -File preview.ps1
# It serves this folder at http://localhost:4321/ and opens the browser; close the window to stop it.
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $MyInvocation.MyCommand.Path
$port = 4321
$types = @{
  '.html' = 'text/html; charset=utf-8'; '.css' = 'text/css'; '.js' = 'text/javascript'; '.mjs' = 'text/javascript';
  '.json' = 'application/json'; '.svg' = 'image/svg+xml'; '.png' = 'image/png'; '.jpg' = 'image/jpeg'; '.webp' = 'image/webp';
  '.ico' = 'image/x-icon'; '.xml' = 'application/xml'; '.txt' = 'text/plain; charset=utf-8'; '.csv' = 'text/csv; charset=utf-8';
  '.ics' = 'text/calendar; charset=utf-8'; '.wasm' = 'application/wasm'; '.webmanifest' = 'application/manifest+json';
  '.pf_meta' = 'application/octet-stream'; '.pf_index' = 'application/octet-stream'; '.pf_fragment' = 'application/octet-stream'
}
$listener = New-Object System.Net.HttpListener
$listener.Prefixes.Add("http://localhost:$port/")
$listener.Start()
Write-Host "プレビュー: http://localhost:$port/ （このウィンドウを閉じると終了します）"
Start-Process "http://localhost:$port/"
while ($listener.IsListening) {
  $context = $listener.GetContext()
  $path = [Uri]::UnescapeDataString($context.Request.Url.AbsolutePath)
  $file = Join-Path $root ($path.TrimStart('/') -replace '/', '\')
  if ((Test-Path $file -PathType Container)) { $file = Join-Path $file 'index.html' }
  $full = [IO.Path]::GetFullPath($file)
  if (-not $full.StartsWith($root) -or -not (Test-Path $full -PathType Leaf)) {
    $context.Response.StatusCode = 404
    $full = Join-Path $root '404.html'
  }
  $bytes = [IO.File]::ReadAllBytes($full)
  $type = $types[[IO.Path]::GetExtension($full).ToLower()]
  if ($type) { $context.Response.ContentType = $type }
  $context.Response.OutputStream.Write($bytes, 0, $bytes.Length)
  $context.Response.Close()
}
