// The few browser calls the client needs that Blazor has no API for: saving a file the API served
// behind the bearer token, and printing. Loaded from this origin (the CSP allows no inline script).
window.kunpeng = {
    saveFile: function (fileName, contentType, base64) {
        const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
        const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
        const a = document.createElement("a");
        a.href = url;
        a.download = fileName;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
    },
    objectUrl: function (contentType, base64) {
        const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
        return URL.createObjectURL(new Blob([bytes], { type: contentType }));
    },
    print: function () { window.print(); }
};
