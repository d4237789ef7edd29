/**
 * Entry of commands.html, the manifest's FunctionFile. The only ribbon command is ShowTaskpane, which needs no code;
 * the page must still exist and initialise Office.js (https://learn.microsoft.com/office/dev/add-ins/develop/create-addin-commands).
 */
if (typeof Office !== 'undefined') void Office.onReady();
