/* Citing evidence for AI claims in the page editor.

   A "Cite evidence" button ([data-careers-cite], with the claim's sentence and
   the evidence types that would back it) opens the evidence chooser in a
   modal. Choosing evidence adds a row to the page form's hidden citations
   formset (in the "AI claims and their evidence" panel) and fires a change
   event, so autosave and the preview pick it up: the checks run again on the
   next preview or save. Buttons can stand in the panel, beside a field's
   error after a refused publish, and in the preview's findings (the preview
   frame is ours: clicks there are handled here). */
(function () {
  "use strict";

  function panel() {
    return document.querySelector("[data-careers-citations]");
  }

  function field(holder, name) {
    return holder.querySelector('[name$="-' + name + '"]');
  }

  function changed(input) {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function sameSentence(a, b) {
    var squash = function (text) {
      return (text || "").replace(/\s+/g, " ").trim();
    };
    return squash(a) === squash(b);
  }

  function citedList(root, sentence) {
    var cards = root.querySelectorAll("[data-careers-claim]");
    for (var i = 0; i < cards.length; i++) {
      var quote = cards[i].querySelector("blockquote");
      if (quote && sameSentence(quote.textContent, sentence)) {
        return cards[i].querySelector("[data-careers-cited]");
      }
    }
    return null;
  }

  function removeButton(prefix) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-small button-secondary careers-cited__remove";
    button.setAttribute("data-careers-uncite", prefix);
    button.textContent = panel().getAttribute("data-remove-label") || "Remove";
    return button;
  }

  function showCited(root, sentence, choice, prefix) {
    var list = citedList(root, sentence);
    if (!list) return;
    var row = document.createElement("li");
    row.className = "careers-cited__row careers-cited__row--new";
    row.setAttribute("data-careers-cited-row", prefix);
    var type = document.createElement("span");
    type.className = "careers-cited__type";
    type.textContent = choice.typeLabel + " ";
    var label = document.createElement("strong");
    label.textContent = choice.label;
    row.append(type, label, " ", removeButton(prefix));
    list.append(row);
  }

  function addCitation(root, sentence, choice) {
    var prefix = root.getAttribute("data-prefix");
    var total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
    var index = parseInt(total.value, 10) || 0;
    var formPrefix = prefix + "-" + index;
    var holder = document.createElement("div");
    holder.setAttribute("data-careers-citation-form", formPrefix);
    holder.innerHTML = root
      .querySelector("[data-careers-citation-template]")
      .innerHTML.replace(/__prefix__/g, String(index));
    root.querySelector("[data-careers-citation-forms]").append(holder);
    field(holder, "sentence").value = sentence;
    field(holder, choice.field).value = choice.pk;
    var order = field(holder, "ORDER");
    if (order) order.value = String(index + 1);
    total.value = String(index + 1);
    showCited(root, sentence, choice, formPrefix);
    changed(field(holder, "sentence"));
  }

  function removeCitation(root, formPrefix) {
    var holder = root.querySelector('[data-careers-citation-form="' + formPrefix + '"]');
    if (!holder) return;
    var remove = field(holder, "DELETE");
    if (remove.type === "checkbox") remove.checked = true;
    else remove.value = "1";
    root.querySelectorAll('[data-careers-cited-row="' + formPrefix + '"]').forEach(function (row) {
      row.remove();
    });
    changed(remove);
  }

  function bindChooser(modal, respond) {
    var body = modal.body[0] || modal.body;
    var search = body.querySelector("[data-careers-search]");
    if (search) modal.ajaxifyForm(search);
    body.querySelectorAll("[data-careers-choice]").forEach(function (button) {
      button.addEventListener("click", function () {
        respond({
          field: button.getAttribute("data-field"),
          pk: button.getAttribute("data-pk"),
          label: button.getAttribute("data-label"),
          typeLabel: button.getAttribute("data-type-label"),
        });
        modal.close();
      });
    });
  }

  function openChooser(button) {
    var root = panel();
    var editUrl = button.getAttribute("data-careers-edit-url");
    if (!root && editUrl) {
      window.location.href = editUrl; // not in the editor: go to the claims panel
      return;
    }
    if (!root || !window.ModalWorkflow) return;
    var sentence = button.getAttribute("data-careers-sentence") || "";
    var sameDocument = button.ownerDocument === document;
    window.ModalWorkflow({
      url: root.getAttribute("data-chooser-url"),
      urlParams: {
        sentence: sentence,
        types: button.getAttribute("data-careers-types") || "",
        locale: root.getAttribute("data-locale") || "",
      },
      triggerElement: sameDocument ? button : root,
      onload: {
        chooser: function (modal) {
          bindChooser(modal, function (choice) {
            addCitation(root, sentence, choice);
          });
        },
      },
    });
  }

  function onClick(event) {
    var cite = event.target.closest("[data-careers-cite]");
    if (cite) {
      event.preventDefault();
      openChooser(cite);
      return;
    }
    var uncite = event.target.closest("[data-careers-uncite]");
    if (uncite && panel()) {
      event.preventDefault();
      removeCitation(panel(), uncite.getAttribute("data-careers-uncite"));
    }
  }

  /* After a refused publish: a "Cite evidence" button beside the errors of
     each field that holds a blocking finding. */
  function besideFieldErrors(root) {
    root.querySelectorAll("template[data-careers-field-cite]").forEach(function (template) {
      var input = document.querySelector(
        '[name="' + template.getAttribute("data-careers-field-cite") + '"]',
      );
      var wrapper = input && input.closest("[data-field]");
      var errors = wrapper && wrapper.querySelector("[data-field-errors]");
      if (errors) errors.append(template.content.cloneNode(true));
    });
  }

  /* The preview frame (same origin) is replaced on each refresh: bind to each. */
  function bindFrame(frame) {
    try {
      var doc = frame.contentDocument;
      if (doc && !doc.careersCiteBound) {
        doc.careersCiteBound = true;
        doc.addEventListener("click", onClick);
      }
    } catch (error) {
      /* another origin: its buttons are not ours */
    }
  }

  document.addEventListener("click", onClick);
  document.addEventListener(
    "load",
    function (event) {
      if (event.target.tagName === "IFRAME") bindFrame(event.target);
    },
    true,
  );
  document.addEventListener("DOMContentLoaded", function () {
    var root = panel();
    if (root) besideFieldErrors(root);
    document.querySelectorAll("iframe").forEach(bindFrame);
  });
})();
